"""The knowledge base parser: the Markdown format, and clear errors for anything else."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.clinic import Clinic
from bot.knowledge import (
    KnowledgeBaseError,
    default_knowledge_base_path,
    load_knowledge_base,
    parse_knowledge_base,
)

CLINIC = Clinic()
DATA = Path(__file__).parent / "data"

SMALL = """# Garden Care

Plants need light and water.

## Watering

Water in the morning.
Not at noon.

- Use rain water
- Check the soil
  first with a finger

### Winter Watering

Less often in winter.

## Pests

Slugs like **wet** leaves. See [the guide](https://example.org).
"""


def test_title_intro_sections_and_parents() -> None:
    kb = parse_knowledge_base(SMALL, CLINIC)
    assert kb.title == "Garden Care"
    assert [(s.heading, s.level, s.parent) for s in kb.sections] == [
        ("Garden Care", 1, None),
        ("Watering", 2, "Garden Care"),
        ("Winter Watering", 3, "Watering"),
        ("Pests", 2, "Garden Care"),
    ]
    assert kb.sections[0].text == "Plants need light and water."


def test_paragraph_lines_join_and_lists_keep_items() -> None:
    watering = parse_knowledge_base(SMALL, CLINIC).section("Watering")
    assert watering is not None
    assert watering.blocks == (
        "Water in the morning. Not at noon.",
        "- Use rain water\n- Check the soil first with a finger",
    )


def test_inline_markup_is_plain_text() -> None:
    pests = parse_knowledge_base(SMALL, CLINIC).section("pests")  # headings match any case
    assert pests is not None
    assert pests.text == "Slugs like wet leaves. See the guide."


def test_windows_line_endings_and_bom() -> None:
    kb = parse_knowledge_base("\ufeff" + SMALL.replace("\n", "\r\n"), CLINIC)
    assert [s.heading for s in kb.sections][:2] == ["Garden Care", "Watering"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("   \n\n", "empty"),
        ("Just some text\n\n## Section\n\ntext", "must start with a '# Title'"),
        ("## Section\n\ntext", "must start with a '# Title'"),
        ("# Title\n\nonly an intro", "no '## ' sections"),
        ("# Title\n\n### Sub\n\ntext", "before any '## '"),
        ("# Title\n\n## A\n\ntext\n\n# Another", "second '# ' title"),
        ("# Title\n\n## A\n\n#### Deep\n\ntext", "level 4"),
        ("# Title\n\n## A\n\n## B", "no text"),
        ("# Title\x00\x01\x02", "binary"),
    ],
)
def test_not_the_format_raises_one_clear_line(text: str, message: str) -> None:
    with pytest.raises(KnowledgeBaseError, match=message) as caught:
        parse_knowledge_base(text, CLINIC)
    assert "\n" not in str(caught.value)


def test_load_reports_binary_and_missing_files(tmp_path: Path) -> None:
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe\x00")
    with pytest.raises(KnowledgeBaseError, match="not UTF-8"):
        load_knowledge_base(binary, CLINIC)
    with pytest.raises(KnowledgeBaseError, match="cannot read"):
        load_knowledge_base(tmp_path / "missing.md", CLINIC)


def test_bundled_article_follows_the_spec_outline() -> None:
    kb = load_knowledge_base(default_knowledge_base_path(), CLINIC)
    levels = [s.level for s in kb.sections]
    assert levels[0] == 1 and levels.count(1) == 1
    assert levels.count(2) == 6 and levels.count(3) == 10
    assert kb.sections[0].text  # the intro belongs to the title
    # Clinic settings and page furniture are not article text.
    everything = "\n".join(s.text for s in kb.sections)
    for not_article in ("7 Wembley Ct", "9:00 - 5:00", "Share Now", " - Albany Ketamine"):
        assert not_article not in everything


def test_second_fixture_parses() -> None:
    kb = load_knowledge_base(DATA / "kb_caffeine.md", CLINIC)
    assert kb.title == "Caffeine and Your Sleep"
    assert kb.children("How Caffeine Works")[0].heading == "Adenosine and Sleep Pressure"
