"""Every command shown in the README and in ``docs/`` runs as shown.

The code blocks of ``README.md`` and ``docs/**/*.md`` marked ``sh``, ``console`` and ``python``
are run block by block, each block in a fresh folder that holds files under the names the
documentation uses (``讲话.txt``, ``通知.txt``, ``讲话稿/`` …), with a private HOME, preset folder
and cache; the commands of one block run in order, as a reader following it would.  The
``docgen …`` commands written inline in the README run too.  A command must end with the exit
code its comment states (``# … exit code 2 …``), else 0, and print no traceback.  What cannot run
here is checked instead (see ``docs/development.md``): ``pip``/``pipx`` lines name existing
extras and the distribution's name; ``python bench/…`` scripts exist and accept the options
shown.  ``toml`` blocks are presets: each loads with ``docgen styles show``.
"""

from __future__ import annotations

import configparser
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

from docgen.check.office import soffice

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
EXAMPLES = ROOT / "examples"
SPEECH = EXAMPLES / "003_4cf813356daf6edd.txt"
NOTICE = EXAMPLES / "notice-downward.txt"
PAGE = ROOT / "tests" / "fixtures" / "realworld" / "govcn-gf2018-43.html"
BUNDLED_FONT = ROOT / "fonts" / "FandolFang-Regular.ttf"
BIN = Path(sys.executable).parent

#: Code blocks: ```lang … ```.
BLOCK = re.compile(r"^```(\w*)\n(.*?)^```", re.M | re.S)
#: An inline command of the README: `docgen …`.
INLINE = re.compile(r"`(docgen [^`]+)`")
#: What a comment says the exit code is.
EXIT_CODE = re.compile(r"exit code (\d+)")
#: Commands that are what CI runs anyway, or that only make sense on a user's machine.
NOT_RUN = ("pytest", "ruff", "mypy", "bash .ci/run")


@dataclass(frozen=True)
class Block:
    document: Path
    line: int
    lang: str
    text: str

    @property
    def id(self) -> str:
        return f"{self.document.relative_to(ROOT)}:{self.line}"


def blocks(langs: tuple[str, ...]) -> list[Block]:
    found = []
    for document in DOCUMENTS:
        source = document.read_text(encoding="utf-8")
        for match in BLOCK.finditer(source):
            if match.group(1) in langs:
                line = source.count("\n", 0, match.start()) + 2
                found.append(Block(document, line, match.group(1), match.group(2)))
    return found


def commands(block: Block) -> list[str]:
    """The command lines of a block (a console block: the lines after ``$``)."""
    lines = block.text.splitlines()
    if block.lang == "console":
        return [line[2:] for line in lines if line.startswith("$ ")]
    return [line for line in lines if line.strip() and not line.lstrip().startswith("#")]


def expected_code(line: str) -> int:
    comment = line.partition("  #")[2]
    found = EXIT_CODE.search(comment)
    return int(found.group(1)) if found else 0


# ------------------------------------------------------------------ the folder a block runs in

@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Path:
    """Documents made once and copied into every block's folder."""
    folder = tmp_path_factory.mktemp("made")
    env = environment(folder, tmp_path_factory.mktemp("cache"))
    shutil.copy(SPEECH, folder / "讲话.txt")
    shutil.copy(NOTICE, folder / "通知.txt")
    for args in (["讲话.txt", "-o", "样本.docx"], ["讲话.txt", "-o", "讲话.pdf"],
                 ["讲话.txt", "-o", "speech.pdf", "--style", "speech"],
                 ["讲话.txt", "-o", "报告.docx"], ["讲话.txt", "-o", "draft.docx"],
                 ["通知.txt", "-o", "notice.pdf"],
                 # a 通知.pdf with faults for docgen check to find: 26 characters a line
                 ["通知.txt", "-o", "通知.pdf", "--set", "grid.chars=26"]):
        run(["docgen", "convert", *args, "--invariant", "-q"], folder, env)
    return folder


def environment(home: Path, cache: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("DOCGEN_", "XDG_")) or key == "DOCGEN_FONT_DIRS"}
    env.update(HOME=str(home), DOCGEN_CACHE_DIR=str(cache), BROWSER="true",
               PATH=f"{BIN}{os.pathsep}{env.get('PATH', '')}", PYTHONIOENCODING="utf-8")
    return env


@pytest.fixture
def workspace(tmp_path, made, tmp_path_factory) -> tuple[Path, dict[str, str]]:
    ws = tmp_path / "ws"
    shutil.copytree(made, ws)
    shutil.copytree(EXAMPLES, ws / "examples")
    shutil.copy(PAGE, ws / "page.html")
    for folder, files in {"讲话稿": [SPEECH, EXAMPLES / "000_504764e108e64df3.txt"],
                          "讲话稿/2024": [EXAMPLES / "001_b4912c15c8048628.txt"],
                          "档案": [SPEECH, NOTICE], "公文": [ws / "通知.pdf", ws / "报告.docx"],
                          "fonts": [BUNDLED_FONT], "公文字体": [BUNDLED_FONT]}.items():
        (ws / folder).mkdir(parents=True, exist_ok=True)
        for path in files:
            shutil.copy(path, ws / folder / path.name)
    (ws / "fonts" / BUNDLED_FONT.name).rename(ws / "fonts" / "FS_GB2312.ttf")
    (ws / "files.txt").write_text("讲话.txt\n通知.txt\n", encoding="utf-8")
    (ws / "my.toml").write_text('extends = "gbt9704"\nname = "my"\n', encoding="utf-8")
    presets = ws / ".config" / "docgen" / "styles"
    presets.mkdir(parents=True)
    county = documented_preset("county")
    (ws / "county.toml").write_text(county, encoding="utf-8")
    (presets / "county.toml").write_text(county, encoding="utf-8")
    return ws, environment(ws, tmp_path_factory.getbasetemp() / "cache0")


def documented_preset(name: str) -> str:
    """The preset ``name`` as the documentation shows it (a toml block)."""
    for block in blocks(("toml",)):
        if f'\nname = "{name}"' in block.text:
            return block.text
    raise AssertionError(f"no toml block of the documentation defines the preset {name!r}")


def run(argv: list[str] | str, cwd: Path, env: dict[str, str], timeout: float = 300
        ) -> subprocess.CompletedProcess:
    shell = isinstance(argv, str)
    return subprocess.run(["bash", "-c", argv] if shell else argv, cwd=cwd, env=env,
                          capture_output=True, timeout=timeout, text=True, errors="replace")


# ------------------------------------------------------------------ running one command line

def needs_office(line: str) -> bool:
    """docgen check lays a DOCX out in LibreOffice (unless --no-render), --annotate too."""
    return "--annotate" in line or bool(re.search(r"docgen check\b(?!.*--no-render).*(\.docx|公文/)", line))


def run_docgen(line: str, ws: Path, env: dict[str, str], where: str) -> None:
    if needs_office(line) and soffice() is None:
        pytest.skip(f"{where}: `{line}` needs LibreOffice (soffice), which is not installed")
    if re.match(r"docgen serve\b", line) and "--help" not in line:
        return run_serve(line, ws, env, where)
    done = run(line.partition("  #")[0], ws, env)
    expected = expected_code(line)
    assert done.returncode == expected, (
        f"{where}: `{line}` exited {done.returncode}, the documentation says {expected}\n{done.stderr}")
    assert "Traceback" not in done.stderr, f"{where}: `{line}` printed a traceback\n{done.stderr}"
    if expected and not line.startswith("docgen check"):  # check reports its findings instead
        errors = [x for x in done.stderr.splitlines() if x.startswith("docgen: error:")]
        assert len(errors) == 1, f"{where}: `{line}` should print one error line:\n{done.stderr}"


def run_serve(line: str, ws: Path, env: dict[str, str], where: str) -> None:
    """`docgen serve` answers on the port it names, and stops on Ctrl-C."""
    argv = shlex.split(line.split("  #")[0])
    if "--port" in argv:  # the port shown may be taken here: any free one
        argv[argv.index("--port") + 1] = str(free_port())
    process = subprocess.Popen(argv, cwd=ws, env=env, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stderr is not None
        first = process.stderr.readline()
        url = re.search(r"http://\S+/", first)
        assert url, f"{where}: `{line}` did not name its address: {first!r}"
        with urllib.request.urlopen(url.group(0), timeout=30) as page:
            assert page.status == 200 and "docgen" in page.read().decode("utf-8")
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=30)
    assert process.returncode == 0, f"{where}: `{line}` ended with {process.returncode} on Ctrl-C"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def extras() -> tuple[str, set[str]]:
    config = configparser.ConfigParser()
    config.read(ROOT / "setup.cfg", encoding="utf-8")
    return config["metadata"]["name"], set(config["options.extras_require"])


def check_install(line: str, where: str) -> None:
    """A pip or pipx line: the package it names is this one, its extras exist."""
    name, known = extras()
    words = shlex.split(line.split("  #")[0].replace("\\", "/"))
    targets = [w for w in words[2:] if not w.startswith("-") and w != "pipx"]
    for target in targets:
        package, _, wanted = target.partition("[")
        assert package.rstrip("/") in (".", "./docgen", name), f"{where}: `{line}` installs {package!r}"
        unknown = {e for e in wanted.rstrip("]").split(",") if e} - known
        assert not unknown, f"{where}: `{line}` names extras that do not exist: {sorted(unknown)}"


def check_bench(line: str, where: str) -> None:
    """A benchmark line: the script exists and accepts the options shown."""
    words = shlex.split(line.split("  #")[0])
    script = ROOT / words[1]
    assert script.is_file(), f"{where}: `{line}`: no script {words[1]}"
    if script.parent.name != "bench":
        return
    shown = run([sys.executable, str(script), "--help"], ROOT, dict(os.environ)).stdout
    for option in (w.split("=")[0] for w in words[2:] if w.startswith("--")):
        assert re.search(re.escape(option) + r"(?![\w-])", shown), \
            f"{where}: `{line}`: {words[1]} has no option {option}"


def run_line(line: str, ws: Path, env: dict[str, str], where: str, cluster: dict) -> None:
    body, _, comment = line.partition("  #")
    parts = [p.strip() for p in body.split("&&")]
    for number, part in enumerate(parts):
        word = part.split()[0]
        if word in ("pip", "pipx"):
            check_install(part, where)
        elif word in ("python", "python3") and part.split()[1].endswith(".py"):
            check_bench(part, where)
        elif part.startswith(NOT_RUN):
            continue
        elif word == "dask":
            start_dask(part, ws, env, cluster)
        elif word == "pdftoppm":
            if shutil.which("pdftoppm") is None:
                pytest.skip(f"{where}: `{part}` needs poppler's pdftoppm, which is not installed")
            done = run(part, ws, env)
            assert done.returncode == 0, f"{where}: `{part}` failed\n{done.stderr}"
        elif re.match(r"(\w+=\S+ )*docgen |for \w+ in .*; do docgen ", part):
            if "shown" in cluster:
                part = part.replace(cluster["shown"], cluster["address"])
            last = number == len(parts) - 1
            run_docgen(part + (f"  #{comment}" if last and comment else ""), ws, env, where)
        else:
            raise AssertionError(f"{where}: the test does not know how to run `{part}`")


def start_dask(part: str, ws: Path, env: dict[str, str], cluster: dict) -> None:
    """``dask scheduler`` and ``dask worker ADDRESS`` as shown, on loopback and a free port."""
    argv = shlex.split(part)
    if argv[1] == "scheduler":
        cluster["port"] = free_port()
        argv += ["--host", "127.0.0.1", "--port", str(cluster["port"]), "--no-dashboard"]
    else:
        cluster["shown"] = argv[2]
        cluster["address"] = argv[2] = f"tcp://127.0.0.1:{cluster['port']}"
    cluster.setdefault("processes", []).append(
        subprocess.Popen(argv, cwd=ws, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))


# ------------------------------------------------------------------ the tests

@pytest.mark.parametrize("block", blocks(("sh", "console")), ids=lambda b: b.id)
def test_shell_block(block: Block, workspace) -> None:
    ws, env = workspace
    cluster: dict = {}
    try:
        for line in commands(block):
            run_line(line.strip(), ws, env, block.id, cluster)
    finally:
        for process in cluster.get("processes", []):
            process.terminate()
            process.wait(timeout=30)


@pytest.mark.parametrize("block", blocks(("python",)), ids=lambda b: b.id)
def test_python_block(block: Block, workspace) -> None:
    ws, env = workspace
    (ws / "snippet.py").write_text(block.text, encoding="utf-8")
    done = run([sys.executable, "snippet.py"], ws, env)
    assert done.returncode == 0, f"{block.id}: the example failed\n{done.stderr}"


@pytest.mark.parametrize("block", blocks(("toml",)), ids=lambda b: b.id)
def test_toml_block_is_a_preset(block: Block, workspace) -> None:
    ws, env = workspace
    (ws / "shown.toml").write_text(block.text, encoding="utf-8")
    done = run(["docgen", "styles", "show", "./shown.toml"], ws, env)
    assert done.returncode == 0, f"{block.id}: the preset shown does not load\n{done.stderr}"


def readme_inline() -> list[str]:
    text = BLOCK.sub("", (ROOT / "README.md").read_text(encoding="utf-8"))
    return sorted({found for found in INLINE.findall(text) if not re.search(r"\b[A-Z]{2,}\b", found)})


@pytest.mark.parametrize("line", readme_inline())
def test_readme_inline_command(line: str, workspace) -> None:
    ws, env = workspace
    if len(line.split()) == 2 or line in ("docgen styles learn",):
        line += " --help"  # a command named in the text: it exists
    elif line.startswith("docgen check"):
        line += "  # exit code 1: the folder's 通知.pdf has 26 characters a line"
    run_line(line, ws, env, f"README.md `{line}`", {})


def test_the_documentation_shows_commands() -> None:
    """The parsing above finds what it should (a broken pattern would pass every test)."""
    shell = [line for block in blocks(("sh", "console")) for line in commands(block)]
    assert len(shell) > 80 and any(x.startswith("docgen serve") for x in shell)
    assert "docgen convert 讲话.txt --keep banner        # exit code 2: unknown cleaning rule, the known ones listed" in shell
    assert expected_code(shell[-1]) in (0, 1, 2, 3)
    assert len(readme_inline()) >= 8
