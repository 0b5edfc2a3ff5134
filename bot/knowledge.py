"""The clinic's article as a knowledge base: Markdown with # title, ## and ### sections.

The format is deliberately small so a clinic can edit it in any text editor:

    # Title
    text before the first ## belongs to the title (its intro)
    ## Section
    ### Subsection
    paragraphs, and lists whose items start with "- " (or "* ")

Nothing here knows about any particular article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from bot.clinic import Clinic

CLINIC_SOURCE = "Clinic information"

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_LIST_ITEM = re.compile(r"^[-*+•]\s+(.*)$")
# Light inline Markdown a clinic might use; the patient should see plain words.
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")


class KnowledgeBaseError(ValueError):
    """The file is not a knowledge base in the expected Markdown format."""


@dataclass(frozen=True)
class Section:
    heading: str
    level: int  # 1 for the title, 2 for ##, 3 for ###
    parent: str | None
    text: str  # paragraphs separated by a blank line; list items as "- item" lines

    @property
    def blocks(self) -> tuple[str, ...]:
        """Paragraphs and lists, in order (a list is one block of "- " lines)."""
        return tuple(b for b in self.text.split("\n\n") if b.strip())


@dataclass(frozen=True)
class KnowledgeBase:
    title: str
    sections: tuple[Section, ...]  # the title (level 1) first, then in reading order
    clinic: Clinic

    def section(self, heading: str) -> Section | None:
        wanted = _fold(heading)
        for section in self.sections:
            if _fold(section.heading) == wanted:
                return section
        return None

    def children(self, heading: str) -> tuple[Section, ...]:
        return tuple(s for s in self.sections if s.parent == heading and s.level > 1)


def default_knowledge_base_path() -> Path:
    return Path(__file__).resolve().parent.parent / "content" / "article.md"


def parse_knowledge_base(text: str, clinic: Clinic) -> KnowledgeBase:
    if "\x00" in text:
        raise KnowledgeBaseError("the knowledge base looks like a binary file, not Markdown text")
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not any(line.strip() for line in lines):
        raise KnowledgeBaseError("the knowledge base is empty")

    title: str | None = None
    headings: list[tuple[str, int, str | None]] = []  # (heading, level, parent)
    bodies: list[list[str]] = []  # blocks of each heading, same index as headings
    current_h2: str | None = None
    paragraph: list[str] = []
    items: list[str] = []

    def flush() -> None:
        if paragraph:
            bodies[-1].append(_inline(" ".join(paragraph)))
            paragraph.clear()
        if items:
            bodies[-1].append("\n".join(f"- {_inline(item)}" for item in items))
            items.clear()

    for number, raw in enumerate(lines, start=1):
        line = raw.strip().replace("\u00a0", " ")
        heading = _HEADING.match(line)
        if heading:
            level, name = len(heading.group(1)), _inline(heading.group(2))
            if not name:
                raise KnowledgeBaseError(f"line {number}: a heading with no text")
            if title is None and level != 1:
                raise KnowledgeBaseError(
                    f"line {number}: the knowledge base must start with a '# Title' line"
                )
            if headings:
                flush()
            if level == 1:
                if title is not None:
                    raise KnowledgeBaseError(f"line {number}: a second '# ' title ({name!r})")
                title, parent = name, None
            elif level == 2:
                current_h2, parent = name, title
            elif level == 3:
                if current_h2 is None:
                    raise KnowledgeBaseError(
                        f"line {number}: '### {name}' comes before any '## ' section"
                    )
                parent = current_h2
            else:
                raise KnowledgeBaseError(
                    f"line {number}: heading level {level} is not supported (use #, ## or ###)"
                )
            headings.append((name, level, parent))
            bodies.append([])
            continue
        if title is None:
            if line:
                raise KnowledgeBaseError(
                    f"line {number}: the knowledge base must start with a '# Title' line"
                )
            continue
        item = _LIST_ITEM.match(line)
        if not line:
            flush()
        elif item:
            if paragraph:
                flush()
            items.append(item.group(1))
        elif items and raw[:1] in (" ", "\t"):
            items[-1] += " " + line  # an indented continuation of the last list item
        else:
            if items:
                flush()
            paragraph.append(line)
    if headings:
        flush()

    if title is None:
        raise KnowledgeBaseError("the knowledge base has no '# Title' line")
    if not any(level == 2 for _, level, _ in headings):
        raise KnowledgeBaseError("the knowledge base has no '## ' sections")
    sections = tuple(
        Section(heading=name, level=level, parent=parent, text="\n\n".join(blocks))
        for (name, level, parent), blocks in zip(headings, bodies, strict=True)
    )
    if not any(s.text for s in sections):
        raise KnowledgeBaseError("the knowledge base has headings but no text")
    return KnowledgeBase(title=title, sections=sections, clinic=clinic)


def load_knowledge_base(path: Path, clinic: Clinic) -> KnowledgeBase:
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise KnowledgeBaseError(
            f"cannot read the knowledge base {path}: {error.strerror}"
        ) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise KnowledgeBaseError(
            f"{path} is not UTF-8 text (is it a binary file?); expected Markdown"
        ) from None
    try:
        return parse_knowledge_base(text, clinic)
    except KnowledgeBaseError as error:
        raise KnowledgeBaseError(f"{path}: {error}") from None


def _inline(text: str) -> str:
    text = _LINK.sub(r"\1", text)
    text = _EMPHASIS.sub(r"\2", text)
    return re.sub(r"\s+", " ", text).strip()


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()
