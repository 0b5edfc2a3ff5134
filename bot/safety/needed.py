"""Needed strings: the plain strings a pattern cannot match without, so a sentence that
holds none of them is skipped without running the pattern."""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as _sre
from re import _parser as _sre_parser
from typing import Any

from bot.safety.normalise import _trie_pattern

# --------------------------------------------------------------------------------------------
# Needed strings. A rule is a long alternation that the regex engine tries at every position
# of a sentence, and most sentences it is tried on hold no match. So each pattern gets, on
# first use, a set of plain strings of which every match needs one in the sentence, read off
# the parsed pattern so it cannot drift from the rule; a sentence holding none of them is
# skipped, which is many times cheaper than running the rule. A skipped sentence is one where
# the pattern would find nothing, so no answer changes. A pattern whose strings cannot be
# read (one alternative is a bare `\w+`) is never skipped. A concept checks its own strings
# (_may_match); a level's rules share one pass over the sentence (_Screen).

# Every string an element can match, when that set is known and small; else None.
_Exact = frozenset[str] | None
# Strings of which every match of an element needs one in the sentence; None for no need.
_Needed = frozenset[str] | None

_NOTHING: frozenset[str] = frozenset({""})
# Joining alternatives multiplies the strings; past this a set is not worth keeping.
_MAX_STRINGS = 16


def _join(heads: frozenset[str], tails: frozenset[str]) -> _Exact:
    if len(heads) * len(tails) > _MAX_STRINGS:
        return None
    return frozenset(head + tail for head in heads for tail in tails)


def _strongest(options: list[_Needed]) -> _Needed:
    """The set whose shortest string is longest, the rarest in text; the smaller on a tie."""
    usable = [option for option in options if option and "" not in option]
    if not usable:
        return None
    return max(usable, key=lambda option: (min(map(len, option)), -len(option)))


def _class_chars(items: list[tuple[Any, Any]]) -> _Exact:
    chars: set[str] = set()
    for op, av in items:
        if op is _sre.LITERAL:
            chars.add(chr(av))
        elif op is _sre.RANGE and av[1] - av[0] < 16:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        else:
            return None  # a negated class or a category such as \w
    return frozenset(chars)


def _read_sequence(items: _sre_parser.SubPattern) -> tuple[_Exact, _Needed]:
    """(exact, needed) of a run of regex elements that match one after another."""
    exact: _Exact = _NOTHING
    run = _NOTHING  # the known text just before the current element
    options: list[_Needed] = []
    for item_exact, item_needed, item_ends in _read_elements(items):
        options.append(item_needed)
        exact = None if exact is None or item_exact is None else _join(exact, item_exact)
        if item_exact is not None and (joined := _join(run, item_exact)) is not None:
            run = joined
            continue
        # The known text stops here; an element repeated at least once still opens (and
        # closes) with text of its own.
        options.append(_join(run, item_ends) or run if item_ends else run)
        run = item_ends or _NOTHING
    options.append(run)
    return exact, _strongest(options)


def _read_elements(items: _sre_parser.SubPattern) -> Iterator[tuple[_Exact, _Needed, _Exact]]:
    """Each element read in turn; plain characters in a row are read as one string."""
    text = ""
    for op, av in items:
        if op is _sre.LITERAL:
            text += chr(av)
            continue
        if text:
            yield frozenset({text}), frozenset({text}), frozenset({text})
            text = ""
        yield _read_element(op, av)
    if text:
        yield frozenset({text}), frozenset({text}), frozenset({text})


def _read_element(op: Any, av: Any) -> tuple[_Exact, _Needed, _Exact]:
    """(exact, needed, ends): `ends` are strings every match both starts and ends with."""
    if op is _sre.IN:
        chars = _class_chars(av)
        return chars, chars, chars
    if op is _sre.AT:
        return _NOTHING, None, None  # \b, ^ and $ take no text
    if op is _sre.SUBPATTERN:
        _group, add_flags, _del_flags, items = av
        if add_flags & re.IGNORECASE:
            return None, None, None
        exact, needed = _read_sequence(items)
        return exact, needed, exact
    if op is _sre.BRANCH:
        read = [_read_sequence(alternative) for alternative in av[1]]
        exacts = [exact for exact, _ in read]
        neededs = [needed for _, needed in read]
        exact = None if None in exacts else frozenset().union(*exacts)
        needed = None if None in neededs else frozenset().union(*neededs)
        return exact, needed, exact
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, high, items = av
        exact, needed = _read_sequence(items)
        if low == 0:
            return (exact | _NOTHING if exact is not None and high == 1 else None), None, None
        return (exact if high == 1 else None), needed, exact
    if op is _sre.ASSERT:
        # A lookahead or lookbehind takes no text but needs its text in the sentence.
        return _NOTHING, _read_sequence(av[1])[1], None
    if op is _sre.ASSERT_NOT:
        return _NOTHING, None, None
    return None, None, None  # \w, ., a back reference: nothing known


def _needed_strings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings of which every match of `pattern` needs one in the sentence; None if unknown."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        _exact, needed = _read_sequence(_sre_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # Python's own parser, and private: should it change, run the rule
        return None
    if needed is None or min(map(len, needed)) < 2:
        return None  # a one-letter string is in nearly every sentence: not worth a search
    return needed


def _literal_gate(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A regex that finds one of the strings `pattern` cannot match without, or None."""
    needed = _needed_strings(pattern)
    return None if needed is None else re.compile(_trie_pattern(needed))


# Each pattern's gate, built on first use: building them all at import would take longer
# than importing the rest of the module, and most messages need only a few. Keyed by id(),
# as hashing a compiled pattern hashes all its code; the entry keeps the pattern alive, so
# the id cannot be reused.
_GATES: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def _gate(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The regex of `pattern`'s needed strings (None: it has none and is always run)."""
    entry = _GATES.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        entry = _GATES[id(pattern)] = (pattern, _literal_gate(pattern))
    return entry[1]


def _may_match(pattern: re.Pattern[str], sentence: str) -> bool:
    """False only when `pattern` cannot match anywhere in `sentence`."""
    gate = _gate(pattern)
    return gate is None or gate.search(sentence) is not None


class _Screen:
    """Which of many patterns could match a sentence, found in one pass over it.

    A level's rules are all tried on each of its sentences, and one gate after another would
    read the sentence once per rule: this puts every rule's needed strings in one trie, run
    inside a lookahead at each position (as the anchor scan is, so strings that overlap are
    all seen), and reads the sentence once.
    """

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        self.always = 0  # bits of the patterns with no needed strings: always tried
        owners: dict[str, int] = {}  # needed string -> bits of the patterns that need it
        for bit, pattern in enumerate(patterns):
            needed = _needed_strings(pattern)
            if needed is None:
                self.always |= 1 << bit
            for text in needed or ():
                owners[text] = owners.get(text, 0) | 1 << bit
        # The trie reports the longest string at a position; the others there are prefixes
        # of it, so each string stands for its prefixes' patterns too.
        self.owners_at: dict[str, int] = {}
        for text in owners:
            bits = 0
            for end in range(1, len(text) + 1):
                bits |= owners.get(text[:end], 0)
            self.owners_at[text] = bits
        pattern = "(?=(" + _trie_pattern(frozenset(owners)) + "))"
        self.scan = re.compile(pattern) if owners else None

    def candidates(self, sentence: str) -> int:
        """Bits of the patterns that could match somewhere in `sentence`."""
        bits = self.always
        if self.scan is not None:
            for text in self.scan.findall(sentence):
                bits |= self.owners_at[text]
        return bits


# --------------------------------------------------------------------------------------------
# Openings. A rule or concept that a sentence may match is run over the whole sentence, and
# the engine tries its alternation (often hundreds of words, most of them behind a group, so
# not rejected at a glance) at every word. So each pattern gets, on first use, a copy that
# first looks ahead for one of the few strings its matches open with ("if i", "whe",
# "onc"...), read off the parsed pattern like the needed strings: one look at each word
# instead of one per alternative. The look-ahead is a necessary condition and takes no text,
# so the copy finds exactly the pattern's matches, groups and all.

_OPENING_CHARS = 3  # an opening is at most this long: enough to tell most words apart
_MAX_OPENINGS = 300  # more would make the look-ahead as slow as what it saves
_MAX_CLASS = 12  # a character class of up to this many characters is spelled out


class _NoOpening(Exception):
    """Some match can open with text the reading cannot name: the pattern runs as it is."""


def _openings(items: list[Any], run: str, found: dict[str, bool], bounded: bool) -> None:
    """Add to `found` the openings of the matches of `items` that start with `run`, each with
    whether a word boundary comes right before it on every way it was reached."""
    for index, (op, av) in enumerate(items):
        if len(run) >= _OPENING_CHARS:
            break
        if op is _sre.AT:
            if av is not _sre.AT_BOUNDARY:
                break
            bounded = bounded or not run
            continue
        if op in (_sre.ASSERT, _sre.ASSERT_NOT):
            continue  # takes no text; the pattern itself still checks it
        if op is _sre.LITERAL:
            run += chr(av)
            continue
        rest = items[index + 1 :]
        if op is _sre.IN:
            chars = _class_chars(av)
            if chars is None or len(chars) > _MAX_CLASS:
                break
            for char in chars:
                _openings(rest, run + char, found, bounded)
            return
        if op is _sre.SUBPATTERN and not av[1] & re.IGNORECASE:
            _openings([*av[3], *rest], run, found, bounded)
            return
        if op is _sre.BRANCH:
            for alternative in av[1]:
                _openings([*alternative, *rest], run, found, bounded)
            return
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            low, high, body = av
            if low == 0:
                _openings(rest, run, found, bounded)
            if high == 0:
                return
            if high == 1:
                again: list[Any] = []
            else:  # the body once more, then what is left of the repeat
                left = high if high == _sre.MAXREPEAT else high - 1
                again = [(op, (max(low - 1, 0), left, body))]
            _openings([*body, *again, *rest], run, found, bounded)
            return
        break  # anything else (\w, a category, a back reference...): the opening ends here
    if not run:
        raise _NoOpening
    found[run] = found.get(run, True) and bounded
    if len(found) > _MAX_OPENINGS:
        raise _NoOpening


def opening_lookahead(pattern: re.Pattern[str]) -> str | None:
    """A look-ahead (regex text) for the openings of `pattern`'s matches, preceded by \\b
    when every match opens right after a word boundary; None if they cannot be told."""
    if pattern.flags & re.IGNORECASE:
        return None
    found: dict[str, bool] = {}
    try:
        _openings(list(_sre_parser.parse(pattern.pattern, pattern.flags)), "", found, False)
    except (_NoOpening, RecursionError):
        return None
    # every match opening right after a word boundary: checked first, that rejects most
    # positions before the look-ahead is tried
    lead = r"\b" if all(found.values()) else ""
    return f"{lead}(?={_trie_pattern(frozenset(found))})"


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A copy of `pattern` that looks ahead for one of its openings first: it finds exactly
    what `pattern` finds (the same spans and groups), sooner. `pattern` itself if its
    openings cannot be told."""
    lookahead = opening_lookahead(pattern)
    if lookahead is None:
        return pattern
    try:
        return re.compile(f"{lookahead}(?:{pattern.pattern})", pattern.flags)
    except re.error:  # an inline flag that must open the pattern: run it as it is
        return pattern


# Each pattern's guarded copy, made on first use (compiling them all at import would take a
# while, and most messages need a few). Keyed by id() as _GATES is.
_GUARDED: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def _fast(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern that finds exactly what `pattern` finds, sooner (see guarded)."""
    entry = _GUARDED.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        entry = _GUARDED[id(pattern)] = (pattern, guarded(pattern))
    return entry[1]
