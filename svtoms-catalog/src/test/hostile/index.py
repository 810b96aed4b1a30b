#!/usr/bin/env python3
"""Builds hostile/index.txt from the reader's answers (target/probe.txt), choosing for each file the problem
that names its hazard; every line was then reviewed by hand against the file."""
import os, sys

GENERIC = {
    "deep-nesting": "5,000 nested arrays where a string belongs: rejected at the first bracket, nothing recursed",
    "exponent-huge": "1e999999999 as a number token where a decimal string belongs: no BigDecimal is built",
    "exponent-tiny": "1e-999999999 as a number token: no BigDecimal is built",
    "exponent-huge-string": "1e999999999 as a decimal string: exponents are not plain decimals",
    "digits-400": "a 400-digit number token: over the 40-character number limit",
    "digits-400-string": "a 400-digit decimal string: over 30 integer digits",
    "integer-huge-exponent": "1e999999999 where an integer belongs",
    "nan": "NaN token: not JSON",
    "infinity": "Infinity token: not JSON",
    "minus-infinity": "-Infinity token: not JSON",
    "nan-string": "\"NaN\" as a decimal string",
    "duplicate-top-level-key": "the format member repeated at the end",
    "trailing-garbage": "a word after the document",
    "trailing-comma": "a comma before the closing brace",
    "trailing-second-document": "the document twice",
    "byte-order-mark": "UTF-8 byte-order mark before the document",
    "invalid-utf8": "byte C3 followed by a quote: a broken two-byte sequence",
    "overlong-utf8": "C0 AF: the overlong form of '/', which Jackson alone would accept",
    "lone-surrogate-escape": "\\ud800 without its low surrogate",
    "control-character": "raw U+0001 inside a string",
    "bad-escape": "\\x escape",
    "single-quotes": "a single-quoted string",
    "unquoted-member-name": "format without quotes",
    "truncated-half": "the first half of the file",
    "truncated-in-string": "ends inside a string",
    "empty": "zero bytes",
    "null-document": "the document is null",
    "top-level-string": "a string instead of an object",
    "top-level-array": "the document wrapped in an array",
    "wrong-major-version": "format version 2",
    "format-tag-case": "format tag in capitals",
    "unknown-top-level-field": "an extra top-level member",
    "string-for-array": "a string where the last array belongs",
    "number-for-string": "42 where a name belongs",
    "boolean-for-string": "true where a name belongs",
    "object-for-string": "{} where a name belongs",
    "null-for-string": "null where a name belongs",
    "string-for-integer": "\"1\" where an integer belongs",
    "decimal-comma": "\"1,5\": a decimal comma",
    "decimal-spaces": "\" 1.5\": a leading space",
    "decimal-empty": "an empty decimal string",
}

DERIVED = ("unknown measure '", "unknown priority group '", "unknown theme '")

out = ["# Hostile inputs: file | reader | exception | line | column | JSON path | message fragment | note",
       "# Every file must fail with exactly this exception type, and one of its problems must have this line,",
       "# column, path and message fragment. Produced by src/test/hostile/index.py, reviewed by hand."]
for line in open(sys.argv[1], encoding="utf-8"):
    name, reader, result = [x.strip() for x in line.split(" | ", 2)]
    if name.endswith("-base"):
        continue
    result = result[:result.rindex(" | ms=")]
    assert result.startswith("CatalogueFormatException"), line
    problems = [p.split(" | ", 3) for p in result.split(" || ")[1:]]
    hazard = name[len(reader) + 1:]
    chosen = problems[0]
    if len(problems) > 1 and not hazard.startswith("dangling"):
        own = [p for p in problems if not p[3].startswith(DERIVED)]
        chosen = own[0] if own else problems[0]
    ln, col, path, message = chosen
    fragment = message[:70].rstrip()
    note = GENERIC.get(hazard, hazard.replace("-", " "))
    out.append(" | ".join([name, reader, "CatalogueFormatException", ln, col, path, fragment, note]))
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
print(len(out) - 3, "entries")
