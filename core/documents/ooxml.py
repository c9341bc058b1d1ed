"""Office Open XML basics: namespaces, a safe XML parser, element-order rules Word insists on."""

from __future__ import annotations

from lxml import etree

from core.errors import BadInputError

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
STRICT_W = "http://purl.oclc.org/ooxml/wordprocessingml/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
NS = {
    "w": W,
    "r": R,
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "v": "urn:schemas-microsoft-com:vml",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "pr": PKG_REL,
}
REL_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
REL_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
REL_NUMBERING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
REL_IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
REL_HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"


def qn(name: str) -> str:
    """``"w:p"`` -> ``"{namespace}p"``."""
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


def local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_blank_text=False,
    remove_comments=False, remove_pis=False,
)


def parse_xml(data: bytes, part: str, document: str) -> etree._Element:
    """Parse one XML part; a damaged part or one with a DTD (entity tricks) is refused in one line."""
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        message = str(exc).splitlines()[0][:120] if str(exc) else "not well-formed"
        raise BadInputError(f"{document} is not a valid .docx document (damaged {part}: {message})") from None
    except (ValueError, MemoryError, RecursionError) as exc:
        raise BadInputError(f"{document} is not a valid .docx document (damaged {part}: {type(exc).__name__})") from None
    if root.getroottree().docinfo.doctype:
        raise BadInputError(f"{document} is not a valid .docx document ({part} declares a DTD)")
    return root


def serialize(root: etree._Element) -> bytes:
    return etree.tostring(root.getroottree(), xml_declaration=True, encoding="UTF-8", standalone=True)


def fragment(element: etree._Element) -> str:
    """A self-contained text form of an element (namespaces declared), used as a format key."""
    return etree.tostring(element, encoding="unicode")


def from_fragment(text: str) -> etree._Element:
    return etree.fromstring(text.encode("utf-8"), _PARSER)


def on(element: etree._Element | None, default: bool = True) -> bool | None:
    """A WordprocessingML on/off property: None when absent, else its value."""
    if element is None:
        return None
    value = element.get(qn("w:val"))
    if value is None:
        return default
    return value.lower() not in ("0", "false", "off", "none")


# Word refuses files whose property children are out of schema order; new children go in place.
RPR_ORDER = (
    "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof "
    "snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd "
    "fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath"
).split()
PPR_ORDER = (
    "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd "
    "tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi "
    "adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc "
    "textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange"
).split()


def set_child(parent: etree._Element, name: str, order: list[str], attrs: dict[str, str] | None = None) -> etree._Element:
    """Replace (or add, in schema order) the ``w:name`` child of a property element."""
    old = parent.find(qn(f"w:{name}"))
    new = etree.Element(qn(f"w:{name}"))
    for key, value in (attrs or {}).items():
        new.set(qn(f"w:{key}"), value)
    if old is not None:
        old.addprevious(new)
        parent.remove(old)
        return new
    rank = order.index(name) if name in order else len(order)
    for index, child in enumerate(parent):
        child_name = local(child.tag)
        if child_name in order and order.index(child_name) > rank:
            parent.insert(index, new)
            return new
    parent.append(new)
    return new


def ensure_first_child(parent: etree._Element, name: str) -> etree._Element:
    """The ``w:name`` properties element that must come first in ``parent`` (w:rPr in w:r)."""
    found = parent.find(qn(f"w:{name}"))
    if found is None:
        found = etree.Element(qn(f"w:{name}"))
        parent.insert(0, found)
    return found
