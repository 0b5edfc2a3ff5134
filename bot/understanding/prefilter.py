"""Cheap tests that a pattern cannot match a message, so the pattern need not be run.

A message of fifty characters meets well over a hundred patterns, and most of them cannot
match it at all. Finding that out by running a pattern costs a step at every position of
the message; a set lookup or a substring test tells it far sooner. So each pattern's needs
are worked out once, at import, from its syntax tree:

- a pattern that starts at a word boundary ("\\bslept", "\\b(?:woke|up)") can only match
  where one of its first words starts: the message must hold such a word (or, for a
  word the pattern goes on past, a word with the same first letters), and Gate.finditer
  tries it only there;
- every match holds some of the pattern's words, signs or strings ("\\bhalf\\b", a digit,
  one of ":" "." "h"): Probe lists a message's words and signs once, and a substring
  test finds the rest.

`Gate(pattern).met(Probe(s))` is false only when `pattern` cannot match in `s`; a reader
that asks several gates about every message asks them in one call (met_among, met_each). The
analysis is conservative: wherever it cannot tell (wide character classes, parts that may
be empty, case-insensitive patterns) it assumes nothing, and a pattern whose needs it
cannot name is always run. Gating never changes a result; it only skips work. The
readers' own rules (such as times.py's needs) stay as they were, gates come on top.
tests/test_understanding_speed_gates.py checks every reader's pattern against its gate.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

try:  # the parser behind `re`; should a Python release move it, nothing is gated
    from re import _constants as _C  # type: ignore[attr-defined]
    from re import _parser as _P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _C = _P = None

HEAD = 3  # a word the pattern goes on past is looked up by its first HEAD letters
_MAX_SET = 64  # more alternative strings than this are not tracked exactly
_MAX_CLASS = 10  # a character class of up to this many characters (digits) is spelled out
_MAX_WORD_NEEDS = 4  # needs tested by words and signs (cheap) per pattern, the most telling
_MAX_STRING_NEEDS = 2  # ... and by looking for strings in the message
_MAX_ALTERNATIVES = 12  # more strings than this are not looked for: it would cost too much
_MAX_PATHS = 2000  # ways through a pattern followed when reading how its matches start

_WORD = re.compile(r"\w+", re.ASCII)  # what \b delimits in an ASCII pattern
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")

_Set = frozenset[str]


class Probe:
    """A message prepared for gates: its words and their first HEAD letters, in one set
    (a short word is its own first letters, so the two never need telling apart), its
    signs (digits, marks: every character but a-z and the space), and `bits`: which of the
    gates' sets of words and signs it meets (see _Bits)."""

    __slots__ = ("_keys", "_words", "bits", "s", "signs")

    def __init__(self, s: str, words: list[str] | None = None) -> None:
        """`words`, if given, must be the ASCII words (\\w runs) of `s`, in any order."""
        if words is None:
            words = _WORD.findall(s)
        self.s = s
        self._words = words
        self._keys: frozenset[str] | None = None
        self.signs = frozenset(_SIGN.findall(s))
        self.bits = _BITS.of_words(words, self.signs)

    @property
    def keys(self) -> frozenset[str]:
        # made on first use: the gates most messages meet test `bits`, and a question is
        # often read without a gate looking for where its words are
        if self._keys is None:
            words = self._words
            self._keys = frozenset(words + [w[:HEAD] for w in words])
        return self._keys


_SIGN = re.compile("[^a-z ]")
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz ")


class _Bits:
    """Each set of words or signs a gate tests gets a bit; a Probe finds once which sets
    it meets, and a gate then tests a bit instead of a set. Sets are numbered as gates are
    made, at import; a gate made after the first Probe tests its sets itself (a Probe
    made before it would not know its bits)."""

    def __init__(self) -> None:
        self.by_key: dict[str, int] = {}
        self.by_sign: dict[str, int] = {}
        self.numbered: dict[tuple[bool, frozenset[str]], int] = {}
        self.sealed = False
        self._word_bits: dict[str, int] = {}  # of_words' lookups, once sealed

    def of_words(self, words: list[str], signs: frozenset[str]) -> int:
        """The bits of the sets that the words (or their first HEAD letters) and the signs
        meet. A word's bits are looked up once: the same words come back message after
        message."""
        self.sealed = True
        bits = 0
        known = self._word_bits
        for word in words:
            found = known.get(word)
            if found is None:
                if len(known) >= _MAX_KNOWN_WORDS:
                    known.clear()
                found = known[word] = self.by_key.get(word, 0) | self.by_key.get(word[:HEAD], 0)
            bits |= found
        if signs:
            by_sign = self.by_sign
            for sign in by_sign.keys() & signs:
                bits |= by_sign[sign]
        return bits

    def bit(self, strings: frozenset[str], signs: bool) -> int:
        bit = self.numbered.get((signs, strings))
        if bit is None:
            bit = self.numbered[(signs, strings)] = 1 << len(self.numbered)
            table = self.by_sign if signs else self.by_key
            for w in strings:
                table[w] = table.get(w, 0) | bit
        return bit


_MAX_KNOWN_WORDS = 20_000  # words whose bits _Bits keeps (a few MB at most)
_BITS = _Bits()


_Check = str | tuple[str, ...]  # a string, or one of them
# A need as tested: the message has one of the words (Probe.keys), one of the signs
# (Probe.signs) or one of the strings.
_NeedCheck = tuple[frozenset[str] | None, frozenset[str] | None, _Check | None]
_Part = tuple[frozenset[str] | None, tuple[_NeedCheck, ...]]  # (first words, needs)


class Gate:
    """`met(probe)` is false only when the pattern cannot match anywhere in `probe.s`.

    Also right for a search from a later position (a match there is a match in the whole
    message) and in a stretch of the message cut at word boundaries (a sentence, a clause),
    but not with an `endpos` inside a word, which can make a word seem to end early.
    """

    __slots__ = ("_bits", "_first", "_parts", "met")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._parts = _parts(pattern)
        self._bits = not _BITS.sealed  # whether its test reads Probe.bits (see _Bits)
        # asked about every message: a single expression, true-ish when it might match
        self.met: Callable[[Probe], object] = _tester(self._parts)
        # the words every match starts with, if known for every part
        firsts = [keys for keys, _ in self._parts]
        self._first = None if None in firsts else frozenset().union(*firsts)

    def finditer(
        self, pattern: re.Pattern[str], p: Probe, met: bool = False
    ) -> Iterator[re.Match[str]]:
        """pattern.finditer(p.s), with `pattern` the gate's own (`met`: the caller has seen
        that the gate is met). Where every match starts a word of known first letters, it
        is tried only where such a word starts: a pattern of many alternatives costs far
        more tried at every position than a few lookups."""
        if not met and not self.met(p):
            return iter(())
        if self._first is None:
            return pattern.finditer(p.s)
        return _finditer_at_words(pattern, p.s, self._first & p.keys)

    def search(self, pattern: re.Pattern[str], p: Probe) -> re.Match[str] | None:
        """pattern.search(p.s), with `pattern` the gate's own."""
        return next(self.finditer(pattern, p), None)


def _finditer_at_words(
    pattern: re.Pattern[str], s: str, keys: frozenset[str]
) -> Iterator[re.Match[str]]:
    """Like pattern.finditer(s) where every match starts a word that is one of `keys` or
    whose first HEAD letters are. Such a match takes at least a letter, so none is empty."""
    end = 0
    for i in _word_starts(s, keys):
        if i >= end:
            m = pattern.match(s, i)  # sees what comes before i, as a search would
            if m is not None:
                end = m.end()
                yield m


def _word_starts(s: str, keys: frozenset[str]) -> list[int]:
    """Where in `s` a word starts that is one of `keys` or begins with one of them, in
    order (and perhaps a few more places, where a longer word starts with a key)."""
    starts: set[int] = set()
    for key in keys:
        i = s.find(key)
        while i >= 0:
            if i == 0 or s[i - 1] not in _WORD_CHARS:
                starts.add(i)
            i = s.find(key, i + 1)
    return sorted(starts)


def _parts(pattern: re.Pattern[str]) -> tuple[_Part, ...]:
    always: tuple[_Part, ...] = ((None, ()),)
    if _P is None or pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return always
    items = list(_P.parse(pattern.pattern, pattern.flags))
    ascii_words = bool(pattern.flags & re.ASCII)  # \b and \w as _WORD reads them
    try:
        whole = _part(items, ascii_words)
        if whole[0] is None and len(items) == 1 and items[0][0] is _C.BRANCH:
            # no first words for the whole: perhaps for each alternative ("'ll|\bwill\b")
            parts = [_part(list(alt), ascii_words) for alt in items[0][1][1]]
            if all(keys is not None or checks for keys, checks in parts):
                return tuple(parts)
        return (whole,)
    except RecursionError:  # a pattern nested too deep to read: it is simply always run
        return always
    finally:
        _MEMO.clear()  # keyed by the ids of this pattern's tree, which is about to go
        _EXACT_MEMO.clear()


def _tester(parts: tuple[_Part, ...]) -> Callable[[Probe], object]:
    """The gate's test as a single expression: a gate is asked about every message, and
    looping over its parts and needs would cost more than the tests themselves."""
    expression, names = _test_source(parts, "v", not _BITS.sealed)
    # only numbers and names of our own sets and strings go in: nothing from a message
    return eval("lambda p: " + expression, names)  # type: ignore[no-any-return]


def _test_source(
    parts: tuple[_Part, ...], prefix: str, use_bits: bool, bits: str = "p.bits", s: str = "p.s"
) -> tuple[str, dict[str, object]]:
    """The gate's test as the text of an expression of `p`, and the values it names (each
    name starts with `prefix`). `use_bits`: test Probe.bits, not the sets (see _Bits).
    `bits`, `s`: how the expression names the probe's bits and text."""
    names: dict[str, object] = {}

    def name(value: object) -> str:
        key = f"{prefix}{len(names)}"
        names[key] = value
        return key

    def words_or_signs(keys: frozenset[str] | None, signs: frozenset[str] | None) -> list[str]:
        if use_bits:
            mask = _BITS.bit(keys, False) if keys else 0
            mask |= _BITS.bit(signs, True) if signs else 0
            return [f"{bits} & {mask}"] if mask else []
        tests = [] if keys is None else [f"not {name(keys.isdisjoint)}(p.keys)"]
        return tests + ([] if signs is None else [f"not {name(signs.isdisjoint)}(p.signs)"])

    alternatives = []
    for keys, needs in parts:
        terms = words_or_signs(keys, None)
        for need_keys, signs, check in needs:
            either = words_or_signs(need_keys, signs)
            if isinstance(check, str):
                either.append(f"{name(check)} in {s}")
            elif isinstance(check, tuple):
                either.append(f"any(map({s}.__contains__, {name(check)}))")
            terms.append("(" + " or ".join(either) + ")")
        alternatives.append("(" + (" and ".join(terms) or "True") + ")")
    return " or ".join(alternatives), names


def met_among(gates: list[Gate]) -> Callable[[Probe], list[int]]:
    """A function giving the indexes of the gates in `gates` that a probe meets, in order:
    one call where asking each gate would make one per gate, and most are not met."""
    names: dict[str, object] = {}
    lines = ["def met(p):", "    b, s, out = p.bits, p.s, []"]
    for i, gate in enumerate(gates):
        # the same test as gate.met (its sets were numbered when it was made)
        expression, values = _test_source(gate._parts, f"g{i}_", gate._bits, "b", "s")
        names.update(values)
        lines.append(f"    if {expression}:")
        lines.append(f"        out.append({i})")
    lines.append("    return out")
    # as in _tester: only our own numbers, sets and strings are named in the source
    exec("\n".join(lines), names)
    return names["met"]  # type: ignore[return-value]


def met_each(gates: list[Gate]) -> Callable[[Probe], tuple[bool, ...]]:
    """A function giving, for a probe, whether each gate in `gates` is met: one call for a
    reader that asks several gates about every message."""
    names: dict[str, object] = {}
    tests = []
    for i, gate in enumerate(gates):
        expression, values = _test_source(gate._parts, f"g{i}_", gate._bits, "b", "s")
        names.update(values)
        tests.append(f"True if {expression} else False")
    lines = ["def met(p):", "    b, s = p.bits, p.s", "    return (" + ", ".join(tests) + ",)"]
    exec("\n".join(lines), names)  # as in _tester: only our own values are named
    return names["met"]  # type: ignore[return-value]


def _part(items: list[Any], ascii_words: bool) -> _Part:
    first = _first_words(items) if ascii_words else None
    keys = None if first is None else first[0] | first[1]
    checks = [c for c in map(_check, _required(items, ascii_words)) if c is not None]
    by_words = [c for c in checks if c[2] is None][:_MAX_WORD_NEEDS]
    by_strings = [c for c in checks if c[2] is not None][:_MAX_STRING_NEEDS]
    return keys, tuple(by_words + by_strings)  # the cheap tests first


# --- the words a match starts with ----------------------------------------------------


def _first_words(items: list[Any]) -> tuple[_Set, _Set] | None:
    """(words, heads): every match starts at the start of a word of the message that is
    one of `words` or begins with one of `heads`; None when that cannot be told."""
    budget = [_MAX_PATHS]
    found = _starts(items, False, frozenset([""]), budget)
    if not found:
        return None
    words = frozenset(u for u, whole in found if whole)
    heads = frozenset(u[:HEAD] for u, whole in found if not whole)
    return words, heads


_Starts = set[tuple[str, bool]]


def _starts(items: list[Any], bounded: bool, run: _Set, budget: list[int]) -> _Starts | None:
    """How a match of `items` starts, `run` already taken: each way as (the first letters of
    the word it starts, whether those are the whole word); None when that cannot be told.
    `bounded`: the match starts at a word boundary."""
    budget[0] -= 1
    if budget[0] < 0:
        return None  # too many ways through the pattern to follow
    started = run != frozenset([""])
    for index, item in enumerate(items):
        op, av = item
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            if item == (_C.AT, _C.AT_BOUNDARY):
                if started:
                    return _finish(run, bounded, whole=True)
                bounded = True
            continue
        exact = _exact(item)
        if exact is not None:
            joined = frozenset(a + b for a in run for b in exact)
            if len(joined) > _MAX_SET:
                return _finish(run, bounded, whole=False)
            run, started = joined, True
            if "" in run:
                return None  # some ways have taken nothing yet, others have: not followed
            continue
        rest = items[index + 1 :]
        if op is _C.SUBPATTERN and not av[1] & re.IGNORECASE:
            return _starts(list(av[3]) + rest, bounded, run, budget)
        if op is _C.BRANCH:
            return _either([list(alt) + rest for alt in av[1]], bounded, run, budget)
        if op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
            body = list(av[2])  # what follows its first time is not followed
            return _either([body] if av[0] >= 1 else [body, rest], bounded, run, budget)
        if not started:
            return None
        return _finish(run, bounded, whole=_opens_with_non_word(item))
    return _finish(run, bounded, whole=False) if started else None


def _either(ways: list[list[Any]], bounded: bool, run: _Set, budget: list[int]) -> _Starts | None:
    found: _Starts = set()
    for way in ways:
        starts = _starts(way, bounded, run, budget)
        if starts is None:
            return None
        found |= starts
    return found


def _finish(run: _Set, bounded: bool, whole: bool) -> _Starts | None:
    found: _Starts = set()
    for w in run:
        u = _leading_word(w)
        if not bounded or not u:
            return None  # the match need not start a word
        if whole or len(u) < len(w):
            found.add((u, True))  # the word ends where the pattern says it does
        elif len(u) >= HEAD:
            found.add((u, False))
        else:
            return None  # too short a start to tell anything
    return found


def _opens_with_non_word(item: Any) -> bool:
    """Whether whatever `item` matches starts with a character that ends a word."""
    op, av = item
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
        return av[0] >= 1 and len(av[2]) > 0 and _opens_with_non_word(av[2][0])
    if op is _C.SUBPATTERN:
        return len(av[3]) > 0 and _opens_with_non_word(av[3][0])
    if op is _C.BRANCH:
        return all(len(alt) > 0 and _opens_with_non_word(alt[0]) for alt in av[1])
    if op is _C.LITERAL:
        return chr(av) not in _WORD_CHARS
    if op is _C.IN:
        return all(
            (o is _C.CATEGORY and a in (_C.CATEGORY_SPACE, _C.CATEGORY_NOT_WORD))
            or (o is _C.LITERAL and chr(a) not in _WORD_CHARS)
            for o, a in av
        )
    return False


def _ends_with_non_word(item: Any) -> bool:
    """Whether whatever `item` matches ends with a character that is not a word's."""
    op, av = item
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
        return av[0] >= 1 and len(av[2]) > 0 and _ends_with_non_word(av[2][-1])
    if op is _C.SUBPATTERN:
        return len(av[3]) > 0 and _ends_with_non_word(av[3][-1])
    if op is _C.BRANCH:
        return all(len(alt) > 0 and _ends_with_non_word(alt[-1]) for alt in av[1])
    if op in (_C.LITERAL, _C.IN):
        return _opens_with_non_word(item)  # one character: it opens and ends the match
    return False


def _bounded_after(item: Any, before: bool) -> bool:
    """Whether a word character right after `item` starts a word; `before`: the same
    for a word character where `item` starts."""
    op, av = item
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] == 0:
        # "\W*": a word starts after it if it took something, or where it started
        body = av[2]
        return before and len(body) > 0 and _ends_with_non_word(body[-1])
    return _ends_with_non_word(item)


def _leading_word(w: str) -> str:
    for i, c in enumerate(w):
        if c not in _WORD_CHARS:
            return w[:i]
    return w


# --- strings and words a match holds ---------------------------------------------------

# A need: every match holds one of `strings` or one of the words (or first letters, as in
# Probe.keys) in `keys`. A string right after a word boundary is a word, and a word is a
# far more telling need than a string ("\bto\b" only in "to", not in "tomorrow").
_Need = tuple[_Set, _Set]


def _required(items: list[Any], ascii_words: bool) -> tuple[_Need, ...]:
    """Needs such that every match of `items` meets each of them."""
    exact, found = _sequence(items, False, ascii_words)
    if exact is not None:
        found += _run_need(exact, False, False, ascii_words)
    return tuple(sorted(set(found), key=_score, reverse=True))


def _run_need(run: _Set, bounded: bool, ends_word: bool, ascii_words: bool) -> tuple[_Need, ...]:
    """The need of a run of exact strings; `bounded`: it starts at a word boundary;
    `ends_word`: what follows it cannot go on with the word."""
    if "" in run:
        return ()
    strings: set[str] = set()
    keys: set[str] = set()
    for w in run:
        u = _leading_word(w) if bounded and ascii_words else ""
        if u and (ends_word or len(u) < len(w)):
            keys.add(u)
        elif len(u) >= HEAD:
            keys.add(u[:HEAD])
        else:
            strings.add(w)
    by_words = (frozenset(strings), frozenset(keys))
    if not keys:
        return (by_words,)
    # the words' first letters say less than the strings themselves ("sle" is in "slept",
    # "sleep" is not): a message must also hold one of the strings
    return (by_words, (run, frozenset()))


def _check(need: _Need) -> _NeedCheck | None:
    """How to test a need cheaply, or None when no test is cheap."""
    strings, keys = need
    # a string holding another member adds nothing: "hours" is found wherever "h" is
    kept = [w for w in strings if not any(v != w and v in w for v in strings)]
    signs = frozenset(w for w in kept if len(w) == 1 and w not in _LETTERS)
    rest = sorted(w for w in kept if w not in signs)
    if len(rest) > _MAX_ALTERNATIVES:
        return None  # too many strings to look for: the test would cost more than it saves
    check: _Check | None = rest[0] if len(rest) == 1 else tuple(rest) if rest else None
    return (keys or None), (signs or None), check


def _score(need: _Need) -> tuple[int, int, int]:
    """Words tell most; then longer strings, then fewer of them. A lone letter is in
    nearly every message, a digit or a sign in far fewer."""
    strings, keys = need
    if not strings:
        return (9, -len(keys), 0)
    weight = min(min(len(w), 4) if len(w) > 1 else 0 if w.isalpha() else 2 for w in strings)
    return (weight, -len(strings), -len(keys))


def _best(found: tuple[_Need, ...]) -> _Need | None:
    return max(found, key=_score) if found else None


# What a stretch of pattern can match: `exact`, every string it can match (None: unknown or
# too many), and needs that every match meets.
_Info = tuple[_Set | None, tuple[_Need, ...]]
_NOTHING: _Info = (None, ())
_EMPTY: _Info = (frozenset([""]), ())


_EMPTY_RUN = frozenset([""])
_STARTS = ((_C.AT, _C.AT_BEGINNING), (_C.AT, _C.AT_BEGINNING_STRING))


def _sequence(items: list[Any], bounded: bool, ascii_words: bool) -> _Info:
    """`bounded`: a word character where the sequence starts would start a word (a word
    boundary, the start of the text or a character that is not a word's is before it)."""
    exact_all: _Set | None = _EMPTY_RUN  # everything the sequence can match
    run: _Set = _EMPTY_RUN  # the exact strings matched since the last need was taken
    run_bounded = bounded  # ... and whether they start where a word would start
    found: list[_Need] = []
    for item in _with_strings(items):
        if item == (_C.AT, _C.AT_BOUNDARY):
            if run != _EMPTY_RUN:
                found.extend(_run_need(run, run_bounded, True, ascii_words))
                run = _EMPTY_RUN
            run_bounded = True
            continue
        if item in _STARTS and run == _EMPTY_RUN:
            run_bounded = True  # a match of a sliced clause: cut at word boundaries
            continue
        if item[0] is _STRING:
            exact, needs = frozenset([item[1]]), ()
        else:
            exact, needs = _node(item, run == _EMPTY_RUN and run_bounded, ascii_words)
        found.extend(needs)  # a look-around's needs, or those of a part not matched exactly
        if exact is not None:
            if exact_all is not None:
                joined_all = frozenset(a + b for a in exact_all for b in exact)
                exact_all = joined_all if len(joined_all) <= _MAX_SET else None
            if exact == _EMPTY_RUN:
                continue  # zero width
            joined = frozenset(a + b for a in run for b in exact)
            if len(joined) <= _MAX_SET:
                run = joined
            else:  # too many: what we had is still needed, and the rest starts afresh
                found.extend(_run_need(run, run_bounded, False, ascii_words))
                run, run_bounded = exact, False
            continue
        exact_all = None
        found.extend(_run_need(run, run_bounded, _opens_with_non_word(item), ascii_words))
        # where the item starts: after the run (or where the run started, if it took nothing)
        before = all(w[-1] not in _WORD_CHARS if w else run_bounded for w in run)
        run, run_bounded = _EMPTY_RUN, _bounded_after(item, before)
    if exact_all is not None:
        return exact_all, tuple(found)
    found.extend(_run_need(run, run_bounded, False, ascii_words))
    return None, tuple(found)


_STRING = object()  # a run of literal characters, joined: far fewer steps than one a letter


def _with_strings(items: list[Any]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if item[0] is _C.LITERAL:
            if out and out[-1][0] is _STRING:
                out[-1] = (_STRING, out[-1][1] + chr(item[1]))
            else:
                out.append((_STRING, chr(item[1])))
        else:
            out.append(item)
    return out


# What _node and _exact found for a part of the pattern being read: a pattern of many
# alternatives meets the same parts along many ways.
_MEMO: dict[tuple[int, bool, bool], _Info] = {}
_EXACT_MEMO: dict[int, _Set | None] = {}


def _exact(item: Any) -> _Set | None:
    """Every string `item` can match, if few (_node's `exact`, without the needs)."""
    key = id(item)
    if key in _EXACT_MEMO:
        return _EXACT_MEMO[key]
    op, av = item
    found: _Set | None = None
    if op is _C.LITERAL:
        found = frozenset([chr(av)])
    elif op is _C.IN:
        found = _class_chars(av)
    elif op is _C.SUBPATTERN:
        if not av[1] & re.IGNORECASE:
            found = _exact_sequence(list(av[3]))
    elif op is _C.BRANCH:
        alternatives = [_exact_sequence(list(alt)) for alt in av[1]]
        if all(a is not None for a in alternatives):
            union = frozenset().union(*alternatives)  # type: ignore[arg-type]
            found = union if len(union) <= _MAX_SET else None
    elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
        low, high, sub = av
        body = _exact_sequence(list(sub))
        if body is not None and low == 0 and high == 1:
            found = body | {""}
        elif low == high == 1:
            found = body
    elif op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
        found = _EMPTY_RUN
    _EXACT_MEMO[key] = found
    return found


def _exact_sequence(items: list[Any]) -> _Set | None:
    joined: _Set = _EMPTY_RUN
    for item in _with_strings(items):
        exact = frozenset([item[1]]) if item[0] is _STRING else _exact(item)
        if exact is None:
            return None
        joined = frozenset(a + b for a in joined for b in exact)
        if len(joined) > _MAX_SET:
            return None
    return joined


def _node(item: Any, bounded: bool, ascii_words: bool) -> _Info:
    key = (id(item), bounded, ascii_words)
    found = _MEMO.get(key)
    if found is None:
        found = _MEMO[key] = _read_node(item, bounded, ascii_words)
    return found


def _read_node(item: Any, bounded: bool, ascii_words: bool) -> _Info:
    op, av = item
    if op is _C.LITERAL:
        return frozenset([chr(av)]), ()
    if op is _C.IN:
        chars = _class_chars(av)
        return (chars, ()) if chars is not None else _NOTHING
    if op is _C.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return _NOTHING if add_flags & re.IGNORECASE else _sequence(list(sub), bounded, ascii_words)
    if op is _C.BRANCH:
        alternatives = [_sequence(list(alt), bounded, ascii_words) for alt in av[1]]
        return _branch(alternatives, bounded, ascii_words)
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
        low, high, sub = av
        return _repeat(low, high, _sequence(list(sub), bounded, ascii_words), bounded, ascii_words)
    if op is _C.ASSERT:  # a look-ahead or look-behind that must match: the text holds it
        exact, found = _sequence(list(av[1]), False, ascii_words)
        if exact is not None:
            found = _run_need(exact, False, False, ascii_words)
        return _EMPTY[0], found
    if op in (_C.AT, _C.ASSERT_NOT):
        return _EMPTY  # zero width, and needs nothing
    return _NOTHING  # any character, a category, a back-reference, an atomic group...


def _class_chars(items: list[Any]) -> _Set | None:
    chars: set[str] = set()
    for op, av in items:
        if op is _C.LITERAL:
            chars.add(chr(av))
        elif op is _C.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:  # a negation, a category, a wide range
            return None
    return frozenset(chars) if 0 < len(chars) <= _MAX_CLASS else None


def _branch(alternatives: list[_Info], bounded: bool, ascii_words: bool) -> _Info:
    exacts = [exact for exact, _ in alternatives]
    if all(e is not None for e in exacts):
        union = frozenset().union(*exacts)  # type: ignore[arg-type]
        if len(union) <= _MAX_SET:
            return union, ()
    # each alternative's best need, and its best one of strings alone (words' first letters
    # can say less): the branch needs one of the former, and one of the latter if all have one
    strings: set[str] = set()
    keys: set[str] = set()
    only_strings: set[str] | None = set()
    for exact, found in alternatives:
        if exact is not None:
            found = _run_need(exact, bounded, False, ascii_words) + found
        best = _best(found)
        if best is None:
            return _NOTHING  # an alternative that needs nothing: neither does the branch
        strings |= best[0]
        keys |= best[1]
        best_strings = _best(tuple(n for n in found if not n[1]))
        if only_strings is not None and best_strings is not None:
            only_strings |= best_strings[0]
        else:
            only_strings = None
    needs: tuple[_Need, ...] = ((frozenset(strings), frozenset(keys)),)
    if only_strings is not None and keys:
        needs += ((frozenset(only_strings), frozenset()),)
    return None, needs


def _repeat(low: int, high: int, body: _Info, bounded: bool, ascii_words: bool) -> _Info:
    exact, found = body
    if low == 0:
        return (exact | {""}, ()) if high == 1 and exact is not None else _NOTHING
    if low == high == 1:
        return body
    if exact is not None:
        found = _run_need(exact, bounded, False, ascii_words) + found
    return None, found
