"""``docgen serve``: a local web page for office staff — paste or drop texts, check what docgen
found and what cleaning removed, set the header fields and the main style values, look at every
page and download DOCX, PDF or a zip of many.

Nothing here is imported by ``docgen --help``: the web stack (Starlette, uvicorn,
python-multipart, pypdfium2 — the ``[web]`` extra) is imported only when the command runs.

Modules:

``command``   the click command ``serve`` (binds the socket, opens the browser, runs uvicorn)
``app``       the Starlette application and its routes
``guard``     what every request must pass first: the Host and Origin checks, the body size,
              the security headers
``validation`` reading and checking what the page sends (form, files, options, style)
``responses`` error responses, downloads, the page's data, a batch's zip and summary
``jobs``      what runs in the worker processes: parse, render, rasterise, package
``pool``      the worker processes, with a time limit per job (a stuck one is killed)
``unzip``     reading the members of a dropped zip in memory, within limits
``forms``     the header fields and the style values offered, each from one list
``i18n``      every string of the page and of the server's messages, in Chinese and English
``page``      the HTML of the page
``static/``   the page's script, style sheet and icon (no CDN, no web font: works offline)
"""
