"""Chinese typesetting, independent of any output format: line breaking and justification
on the character grid (:mod:`.linebreak`) and the line breaking of titles (:mod:`.title`)."""
