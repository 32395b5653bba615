"""Make the course's Chinese font: Noto Sans CJK SC cut down to the characters of Chinese text.

    .venv/bin/python tools/make_cjk_font.py NotoSansCJK-Regular.ttc

The pictures write Chinese words in this font (``bp_helpers/pictures/fonts/``),
so that a fresh clone shows Chinese on any machine, with no font installed.
Its source is Debian's package ``fonts-noto-cjk`` (Noto Sans CJK 2.004, SIL
Open Font License 1.1), ``NotoSansCJK-Regular.ttc``::

    apt-get download fonts-noto-cjk && dpkg -x fonts-noto-cjk_*.deb deb
    # the file: deb/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc

The collection's Simplified Chinese face (SC: the glyph shapes of mainland
China) is cut with fontTools' subsetter to the characters of GB 2312 (its
6763 hanzi, punctuation, full-width forms, Greek letters), the CJK
punctuation block, the full-width forms block, ASCII and every character of
the course's Chinese table (``words_zh.py``, so that a rare character a
translation adds is kept too: run this again).  Left out: hinting (the
pictures are drawn without it), OpenType layout (matplotlib does not use it)
and vertical metrics.  The face is renamed ``FAMILY`` so that a full Noto
Sans CJK installed on the machine is never taken for it.
"""

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bp_helpers.pictures.canvas import CJK_FAMILY, CJK_FONT  # noqa: E402
from bp_helpers.words_zh import WORDS  # noqa: E402

SIMPLIFIED_CHINESE_FACE = "Noto Sans CJK SC"
BLOCKS = [(0x20, 0x7E),          # ASCII
          (0x2010, 0x2027),      # dashes, quotation marks, the ellipsis
          (0x3000, 0x303F),      # CJK punctuation: 、。「」《》
          (0xFF00, 0xFFEF)]      # full-width forms: ，：（）


def gb2312():
    """Every character of GB 2312: rows 0xA1-0xF7, cells 0xA1-0xFE."""
    characters = set()
    for row in range(0xA1, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                characters.add(bytes([row, cell]).decode("gb2312"))
            except UnicodeDecodeError:
                pass                    # an empty place in the table
    return characters


def characters():
    """The characters the course's font keeps."""
    kept = gb2312() | {chr(c) for start, end in BLOCKS for c in range(start, end + 1)}
    kept |= {c for text in WORDS.values() for c in text}
    return "".join(sorted(kept))


def simplified_chinese_face(collection):
    """The number of the collection's Simplified Chinese face."""
    for number in range(64):
        face = TTFont(collection, fontNumber=number, lazy=True)
        if face["name"].getDebugName(1) == SIMPLIFIED_CHINESE_FACE:
            return number
    raise ValueError(f"{collection} has no face {SIMPLIFIED_CHINESE_FACE!r}")


def rename(font):
    """Name the face ``CJK_FAMILY`` (family, full name, PostScript name)."""
    postscript = CJK_FAMILY.replace(" ", "")
    for record in font["name"].names:
        if record.nameID in (1, 4, 16):
            record.string = CJK_FAMILY
        elif record.nameID in (3, 6):
            record.string = postscript
    font["CFF "].cff.fontNames = [postscript]


def main(collection):
    options = subset.Options()
    options.font_number = simplified_chinese_face(collection)
    options.hinting = False
    options.layout_features = []
    options.drop_tables += ["BASE", "GDEF", "GPOS", "GSUB", "VORG", "vhea", "vmtx"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    font = subset.load_font(collection, options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=characters())
    subsetter.subset(font)
    rename(font)
    subset.save_font(font, CJK_FONT, options)
    print(f"{CJK_FONT.relative_to(ROOT)}: {len(font.getBestCmap())} characters, "
          f"{CJK_FONT.stat().st_size / 2**20:.1f} MiB")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
