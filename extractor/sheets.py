"""The one writer of CSV and XLSX files, used by every command that writes a table.

Spreadsheets run what looks like a formula. Every text cell that starts with `=`, `+`,
`-`, `@`, a tab or a carriage return gets a leading single quote (the OWASP "CSV
injection" rule), so "- Tính đến…" or "=HYPERLINK(…)" shows as text and never runs.
Numbers stay numbers: only text is touched, so a negative value is still a number.
XLSX cannot hold control characters (openpyxl raises IllegalCharacterError): they are
dropped, except tab and newline. Files are built in memory and written in one step
(output.write_bytes_atomic), so a failure never leaves half a file.
"""
from __future__ import annotations

import io
import re

import pandas as pd

from .output import write_bytes_atomic

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# what openpyxl refuses in a cell (its ILLEGAL_CHARACTERS_RE), plus DEL; tab and newline stay
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\x7f]")


def safe_text(value, xlsx: bool = False):
    """VALUE as a spreadsheet may show it: text neutralised, anything else unchanged."""
    if not isinstance(value, str):
        return value
    if xlsx:
        value = CONTROL.sub("", value)
    return "'" + value if value.startswith(FORMULA_START) else value


def _safe(frame: pd.DataFrame, xlsx: bool) -> pd.DataFrame:
    text_columns = [c for c in frame.columns if not pd.api.types.is_numeric_dtype(frame[c])]
    out = frame.copy()
    for c in text_columns:
        out[c] = out[c].map(lambda v: safe_text(v, xlsx))
    return out


def csv_text(frame: pd.DataFrame) -> str:
    """FRAME as neutralised CSV text. Lines end in CRLF (RFC 4180): then a carriage return
    inside a text is quoted too."""
    return _safe(frame, xlsx=False).to_csv(index=False, lineterminator="\r\n")


def write_csv(frame: pd.DataFrame, path) -> None:
    """CSV in UTF-8 with a BOM (so Excel shows Vietnamese), neutralised, written atomically."""
    write_bytes_atomic(csv_text(frame).encode("utf-8-sig"), path)


def write_xlsx(sheets: dict[str, pd.DataFrame], path) -> None:
    """One sheet per entry (name -> frame), each with a frozen header row, filters on
    the header and columns as wide as their text (up to 60 characters)."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as xl:
        for name, frame in sheets.items():
            frame = _safe(frame, xlsx=True)
            frame.to_excel(xl, sheet_name=name, index=False)
            ws = xl.sheets[name]
            ws.freeze_panes = "A2"
            ws.auto_filter.ref = ws.dimensions
            for i, column in enumerate(frame.columns, start=1):
                longest = max([len(str(column))] + [len(str(v)) for v in frame[column] if not pd.isna(v)])
                ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = min(60, longest + 2)
    write_bytes_atomic(buffer.getvalue(), path)


def write_table(frame: pd.DataFrame, fmt: str, path, sheet: str = "Sheet1") -> None:
    """FRAME as csv or xlsx (one sheet named SHEET)."""
    if fmt == "csv":
        write_csv(frame, path)
    elif fmt == "xlsx":
        write_xlsx({sheet: frame}, path)
    else:
        raise ValueError(fmt)
