"""Keep the Chinese edition's code the English edition's code.

    .venv/bin/python tools/zh_edition.py new NOTEBOOK.ipynb   start a Chinese twin
    .venv/bin/python tools/zh_edition.py sync                  copy the code over
    .venv/bin/python tools/zh_edition.py translated NOTEBOOK.ipynb CELL_ID ...
                                                     mark cells translated anew

Each notebook of notebooks/ (and notebooks/lecture/) has a twin under
notebooks/zh/ with the same file name and the same cells, cell for cell
(matched by cell id): the markdown translated, the code cells identical,
character for character, and one more code cell, ``language``, that chooses
Chinese.  ``new`` copies an English notebook into notebooks/zh/ with that
cell added after the title; translate its markdown cells in place.  ``sync``
copies every English code cell into its twin (adding new ones, dropping
removed ones), gives every twin cell the English cell's slide setting and tags
(``layout``), and lists the markdown cells that need a translator: new, gone,
or changed in English since they were translated.  For that, each translated
cell keeps in its metadata (``translated_from``) a fingerprint of the English
text it translates; ``translated`` sets it once a cell is translated anew.
Run the Chinese notebooks afterwards (make run-notebooks).
"""

import hashlib
import sys
from pathlib import Path

import nbformat

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
CHINESE = NOTEBOOKS / "zh"
LANGUAGE_CELL_ID = "language"
LANGUAGE_CELL = 'import bp_helpers\n\nbp_helpers.set_language("zh")  # 中文版: 图、按钮和提示都用中文'


def english_notebooks():
    """The English edition: the course and the lecture."""
    return sorted(NOTEBOOKS.glob("*.ipynb")) + sorted((NOTEBOOKS / "lecture").glob("*.ipynb"))


def twin(english: Path) -> Path:
    """Where the Chinese twin of an English notebook lives."""
    return CHINESE / english.relative_to(NOTEBOOKS)


def fingerprint(source: str) -> str:
    """A short fingerprint of an English markdown cell's text."""
    return hashlib.sha1(source.encode("utf-8")).hexdigest()[:12]


def stale(chinese_cell, english_cell) -> bool:
    """Whether the English text changed since ``chinese_cell`` translated it."""
    return chinese_cell.metadata.get("translated_from") != fingerprint(english_cell.source)


def language_cell():
    cell = nbformat.v4.new_code_cell(LANGUAGE_CELL)
    cell.id = LANGUAGE_CELL_ID
    return cell


def new(english: Path) -> Path:
    """Copy ``english`` into notebooks/zh/, with the cell that chooses Chinese after the title."""
    path = twin(english)
    if path.exists():
        raise SystemExit(f"{path} exists already; use sync")
    notebook = nbformat.read(english, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            cell.metadata["translated_from"] = fingerprint(cell.source)
    notebook.cells.insert(1, language_cell())
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook, path)
    return path


def layout(metadata) -> dict:
    """What a cell's metadata says of the notebook's layout, the same in both editions:
    everything but the fingerprint of its translation and the times of its last run."""
    return {key: value for key, value in metadata.items() if key not in ("translated_from", "execution")}


def sync(english: Path) -> list[str]:
    """Give the twin the English code cells; return what its translator must look at."""
    path = twin(english)
    source = nbformat.read(english, as_version=4)
    chinese = nbformat.read(path, as_version=4)
    translated = {cell.id: cell for cell in chinese.cells if cell.cell_type == "markdown"}
    old_code = {cell.id: cell for cell in chinese.cells if cell.cell_type == "code"}
    cells, todo = [], []
    for cell in source.cells:
        if cell.cell_type == "code":
            kept = old_code.get(cell.id)
            if kept is None or kept.source != cell.source:
                kept = nbformat.from_dict(dict(cell))
            kept.metadata = nbformat.from_dict({**kept.metadata, **layout(cell.metadata)})
            cells.append(kept)
        elif cell.id in translated:
            fingerprint_kept = {key: value for key, value in translated[cell.id].metadata.items()
                                if key == "translated_from"}
            translated[cell.id].metadata = nbformat.from_dict({**layout(cell.metadata), **fingerprint_kept})
            cells.append(translated[cell.id])
            if stale(translated[cell.id], cell):
                todo.append(f"{path.name}: markdown cell {cell.id} changed in English, translate it again")
        else:
            cells.append(nbformat.from_dict(dict(cell)))
            todo.append(f"{path.name}: markdown cell {cell.id} is new, translate it")
        if len(cells) == 1:
            cells.append(old_code.get(LANGUAGE_CELL_ID) or language_cell())
    todo += [f"{path.name}: markdown cell {cell_id} is gone from the English edition"
             for cell_id in translated.keys() - {cell.id for cell in source.cells}]
    chinese.cells = cells
    nbformat.write(chinese, path)
    return todo


def mark_translated(english: Path, cell_ids: list[str]) -> None:
    """Record that the twin's cells ``cell_ids`` translate the English cells as they are now."""
    source = {cell.id: cell for cell in nbformat.read(english, as_version=4).cells}
    path = twin(english)
    chinese = nbformat.read(path, as_version=4)
    for cell in chinese.cells:
        if cell.id in cell_ids:
            cell.metadata["translated_from"] = fingerprint(source[cell.id].source)
    nbformat.write(chinese, path)


def main(arguments):
    if arguments[:1] == ["new"] and len(arguments) == 2:
        print("wrote", new((NOTEBOOKS / arguments[1]).resolve()))
    elif arguments[:1] == ["translated"] and len(arguments) > 2:
        mark_translated((NOTEBOOKS / arguments[1]).resolve(), arguments[2:])
    elif arguments == ["sync"]:
        for english in english_notebooks():
            if twin(english).exists():
                print("\n".join(sync(english)) or f"{twin(english).name}: in step")
            else:
                print(f"{twin(english).name}: no Chinese twin yet (tools/zh_edition.py new ...)")
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
