#!/usr/bin/env python3
"""Opens .docx files written by zongjie with python-docx (a real, independent
OOXML reader) and checks them against the GB/T 9704 layout zongjie promises:
paragraphs, styles, fonts, sizes, page size, margins, grid and page numbers, and
tables (Markdown pipe tables written as real Word tables that fit the 版心).

Usage: python3 scripts/check_docx.py [--tables RxC,RxC,...] FILE.docx|FOLDER [...]
  (a folder: every .docx in it, recursively; --tables: each file must hold exactly
  these tables, rows x grid columns, in order, e.g. --tables 14x4,28x8,4x15)
Exits 0 when every file passes, 1 with one line per deviation otherwise,
2 when a file cannot be opened at all. Needs `pip install python-docx`.
"""
import pathlib
import sys

try:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt
except ImportError:
    sys.exit("check_docx.py: python-docx is missing; install it with `pip install python-docx`.")

# Style name -> (East Asian font, size in pt or None to inherit, outline level or None).
EXPECTED_STYLES = {
    "Normal": ("仿宋_GB2312", 16, None),
    "Title": ("方正小标宋简体", 22, None),
    "主送机关": ("仿宋_GB2312", 16, None),
    "一级标题": ("黑体", 16, 0),
    "二级标题": ("楷体_GB2312", 16, 1),
    "三级标题": ("仿宋_GB2312", 16, 2),
    "四级标题": ("仿宋_GB2312", 16, 3),
    "署名": ("仿宋_GB2312", 16, None),
    "成文日期": ("仿宋_GB2312", 16, None),
}
PAGE_MM = {"page_width": 210, "page_height": 297, "top_margin": 37, "left_margin": 28, "bottom_margin": 35, "right_margin": 26}
LINE_PITCH_PT = 28.95


def style_attr(style, getter):
    """Walks a style's basedOn chain until `getter` returns a value."""
    while style is not None:
        value = getter(style)
        if value is not None:
            return value
        style = style.base_style
    return None


def east_asia_font(style):
    def getter(s):
        rpr = s.element.rPr
        if rpr is None or rpr.rFonts is None:
            return None
        return rpr.rFonts.get(qn("w:eastAsia"))
    return style_attr(style, getter)


def outline_level(style):
    def getter(s):
        ppr = s.element.pPr
        if ppr is None:
            return None
        node = ppr.find(qn("w:outlineLvl"))
        return None if node is None else int(node.get(qn("w:val")))
    return style_attr(style, getter)


def check(path):
    problems = []
    try:
        document = docx.Document(path)
    except Exception as error:  # python-docx raises several types for broken packages
        return None, [f"python-docx cannot open the file: {error}"], []

    section = document.sections[-1]
    for attribute, millimetres in PAGE_MM.items():
        found = getattr(section, attribute)
        if found is None or abs(found - Mm(millimetres)) > Mm(1):
            shown = "unset" if found is None else f"{found.mm:.1f} mm"
            problems.append(f"{attribute} is {shown}, expected {millimetres} mm")
    grid = section._sectPr.find(qn("w:docGrid"))
    if grid is None or grid.get(qn("w:linePitch")) != "579":
        problems.append("document grid line pitch is not 579 twips (28.95 pt, 22 lines per page)")
    defaults = document.styles.element.find(qn("w:docDefaults"))
    spacing = defaults.find(".//" + qn("w:rPr") + "/" + qn("w:spacing")) if defaults is not None else None
    condense = int(spacing.get(qn("w:val"))) if spacing is not None else 0
    text_width_pt = (section.page_width - section.left_margin - section.right_margin) / 12700
    if int(text_width_pt / (16 + condense / 20) + 1e-9) != 28:
        problems.append(f"{int(text_width_pt / (16 + condense / 20))} characters per line at 16 pt with {condense / 20} pt spacing, expected 28")

    styles = {style.name: style for style in document.styles}
    for name, (font, size, level) in EXPECTED_STYLES.items():
        style = styles.get(name)
        if style is None:
            problems.append(f"style {name!r} is missing")
            continue
        found_font = east_asia_font(style)
        if found_font != font:
            problems.append(f"style {name!r} East Asian font is {found_font!r}, expected {font!r}")
        found_size = style_attr(style, lambda s: s.font.size)
        if size is not None and (found_size is None or abs(found_size.pt - size) > 0.01):
            problems.append(f"style {name!r} size is {found_size.pt if found_size else None} pt, expected {size} pt")
        if level is not None and outline_level(style) != level:
            problems.append(f"style {name!r} outline level is {outline_level(style)}, expected {level} (navigation pane)")
    normal = styles.get("Normal")
    if normal is not None:
        ascii_font = normal.font.name
        if ascii_font != "Times New Roman":
            problems.append(f"Normal Latin font is {ascii_font!r}, expected 'Times New Roman'")
        spacing = normal.paragraph_format
        if spacing.line_spacing_rule != WD_LINE_SPACING.EXACTLY or spacing.line_spacing is None \
                or abs(spacing.line_spacing.pt - LINE_PITCH_PT) > 0.01:
            problems.append(f"Normal line spacing is {spacing.line_spacing_rule} {spacing.line_spacing}, expected exactly {LINE_PITCH_PT} pt")
        indent = normal.element.pPr.find(qn("w:ind")) if normal.element.pPr is not None else None
        chars = indent.get(qn("w:firstLineChars")) if indent is not None else None
        twips = indent.get(qn("w:firstLine")) if indent is not None else None
        two_characters = chars == "200" or (chars in (None, "0") and twips is not None and 600 <= int(twips) <= 660)
        if not two_characters:
            problems.append(f"Normal first-line indent is not 2 characters (firstLineChars={chars}, firstLine={twips} twips)")
    title = styles.get("Title")
    if title is not None and title.paragraph_format.alignment != WD_ALIGN_PARAGRAPH.CENTER:
        problems.append("Title is not centred")

    paragraphs = [p for p in document.paragraphs if p.text.strip()]
    if not paragraphs:
        problems.append("the document has no text")
    else:
        if paragraphs[0].style.name != "Title":
            problems.append(f"first paragraph {paragraphs[0].text[:20]!r} has style {paragraphs[0].style.name!r}, expected 'Title'")
        for paragraph in paragraphs:
            if paragraph.style.name not in EXPECTED_STYLES:
                problems.append(f"paragraph {paragraph.text[:20]!r} has unexpected style {paragraph.style.name!r}")

    if not document.settings.odd_and_even_pages_header_footer:
        problems.append("odd and even pages do not have different footers (page numbers must alternate sides)")
    for label, footer in (("odd", section.footer), ("even", section.even_page_footer)):
        text = "".join(p.text for p in footer.paragraphs)
        if footer.is_linked_to_previous or "—" not in text:
            problems.append(f"{label} footer has no '— N —' page number (found {text!r})")
    problems.extend(check_tables(document, section))
    properties = document.core_properties
    if not properties.title:
        problems.append("document properties have no title")
    notes = [] if properties.author else ["document properties have no author: the draft has no signature unit (落款)"]
    return paragraphs, problems, notes


TABLE_FONT = "仿宋_GB2312"
TABLE_STYLE = "表格文字"


def table_shape(table):
    """(rows, grid columns) of a table."""
    grid = table._tbl.tblGrid
    return len(table.rows), len(grid.findall(qn("w:gridCol")))


def check_tables(document, section):
    """Pipe text left as paragraphs, and tables wider than the 版心 or not in the table style."""
    problems = []
    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        if len(text) > 2 and text.startswith("|") and text.endswith("|"):
            problems.append(f"paragraph {text[:20]!r} is a Markdown table row left as text")
    text_width = (section.page_width - section.left_margin - section.right_margin) / 635  # EMU -> twips
    styles = {style.name: style for style in document.styles}
    table_style = styles.get(TABLE_STYLE)
    if document.tables and (table_style is None or east_asia_font(table_style) != TABLE_FONT):
        problems.append(f"tables need the paragraph style {TABLE_STYLE!r} in {TABLE_FONT}")
    for number, table in enumerate(document.tables, 1):
        width = sum(int(col.get(qn("w:w"))) for col in table._tbl.tblGrid.findall(qn("w:gridCol")))
        if width > text_width + 20:
            problems.append(f"table {number} is {width} twips wide, wider than the 版心 ({text_width:.0f} twips)")
        for row in table.rows:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    if paragraph.text and paragraph.style.name != TABLE_STYLE:
                        problems.append(f"table {number} cell {paragraph.text[:10]!r} has style {paragraph.style.name!r}, expected {TABLE_STYLE!r}")
    return problems


def expand(arguments):
    """Files as given; folders replaced by the .docx files they hold (Word lock files skipped)."""
    for argument in arguments:
        path = pathlib.Path(argument)
        if path.is_dir():
            yield from (str(p) for p in sorted(path.rglob("*.docx")) if not p.name.startswith("~$"))
        else:
            yield argument


def main(arguments):
    expected_tables = None
    if arguments[:1] == ["--tables"] and len(arguments) >= 2:
        expected_tables = [tuple(int(n) for n in shape.split("x")) for shape in arguments[1].split(",") if shape]
        arguments = arguments[2:]
    paths = list(expand(arguments))
    if not paths:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    failed = False
    for path in paths:
        paragraphs, problems, notes = check(path)
        shapes = [table_shape(table) for table in docx.Document(path).tables] if paragraphs is not None else []
        if expected_tables is not None and shapes != expected_tables:
            problems.append(f"tables are {format_shapes(shapes) or 'none'}, expected {format_shapes(expected_tables)}")
        for note in notes:
            print(f"{path}: note: {note}", file=sys.stderr)
        if paragraphs is None:
            print(f"{path}: {problems[0]}", file=sys.stderr)
            return 2
        if problems:
            failed = True
            for problem in problems:
                print(f"{path}: {problem}", file=sys.stderr)
        else:
            tables = f"; tables {format_shapes(shapes)}" if shapes else ""
            print(f"{path}: ok ({len(paragraphs)} paragraphs{tables})")
    return 1 if failed else 0


def format_shapes(shapes):
    return ", ".join(f"{rows}x{columns}" for rows, columns in shapes)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
