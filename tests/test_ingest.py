"""Reading reports: formats, metadata precedence, and one clear error per bad input.

Every fixture is written here, in tmp_path, from sentences made up for these tests.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
from pathlib import Path
from typing import Any

import pytest

from wirecoder.errors import InputError, UnsupportedLanguageError
from wirecoder.ingest import (
    check_article,
    extract_html,
    guess_language,
    looks_english,
    parse_published,
    read_inputs,
)
from wirecoder.model import Article

REPORT = (
    "REUTERS, LAGOS\n\n"
    "Gunmen killed at least seven villagers in an attack on a market on Tuesday, "
    "police said.\n\nThe attackers fled on motorcycles, a witness told reporters.\n"
)
SPANISH = (
    "Al menos siete aldeanos murieron el martes en un ataque contra un mercado en el "
    "norte del país, según la policía, que dijo que los atacantes huyeron en motocicletas."
)
FRENCH = (
    "Au moins sept villageois ont été tués mardi dans une attaque contre un marché dans le "
    "nord du pays, selon la police, qui a précisé que les assaillants ont fui à moto."
)
GERMAN = (
    "Mindestens sieben Dorfbewohner sind am Dienstag bei einem Angriff auf einen Markt im "
    "Norden des Landes getötet worden, teilte die Polizei mit. Die Angreifer flohen auf "
    "Motorrädern."
)
PORTUGUESE = (
    "Pelo menos sete moradores foram mortos na terça-feira em um ataque contra um mercado no "
    "norte do país, segundo a polícia, que disse que os atacantes fugiram de moto."
)
ITALIAN = (
    "Almeno sette abitanti sono stati uccisi martedì in un attacco contro un mercato nel nord "
    "del paese, secondo la polizia, che ha detto che gli aggressori sono fuggiti in moto."
)
UPPER_ENGLISH = (
    "GUNMEN KILLED AT LEAST SEVEN VILLAGERS IN AN ATTACK ON A MARKET ON TUESDAY, POLICE SAID. "
    "THE ATTACKERS FLED ON MOTORCYCLES, A WITNESS TOLD REPORTERS."
)


def _write(path: Path, content: str | bytes) -> str:
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return str(path)


def _read(paths: list[str], **options: Any) -> list[Article | InputError]:
    return list(read_inputs(paths, **options))


def _one_article(results: list[Article | InputError]) -> Article:
    assert len(results) == 1, results
    assert isinstance(results[0], Article), results[0]
    return results[0]


def _one_error(results: list[Article | InputError]) -> InputError:
    assert len(results) == 1, results
    assert isinstance(results[0], InputError), results[0]
    return results[0]


# --------------------------------------------------------------------------- text files


def test_ingest_text_with_sidecar(tmp_path: Path) -> None:
    report = _write(tmp_path / "lagos-market.txt", REPORT)
    _write(
        tmp_path / "lagos-market.meta.json",
        json.dumps(
            {
                "file": "lagos-market.txt",
                "source": "Reuters",
                "dateline": "LAGOS",
                "published": "2019-03-06",
                "language": "en",
                "title": "Gunmen kill seven at market",
                "url": "https://example.org/lagos",
                "note": "ignored",
            }
        ),
    )
    article = _one_article(_read([report]))
    assert article == Article(
        id="lagos-market",
        text=REPORT,  # kept exactly, trailing newline included
        title="Gunmen kill seven at market",
        published=dt.date(2019, 3, 6),
        source="Reuters",
        url="https://example.org/lagos",
        dateline="LAGOS",
    )


@pytest.mark.parametrize(
    ("options", "published", "source"),
    [
        ({}, dt.date(2019, 3, 6), "Reuters"),
        ({"published": "2019-03-07"}, dt.date(2019, 3, 7), "Reuters"),
        ({"source": "AP"}, dt.date(2019, 3, 6), "AP"),
        ({"published": "2019-03-08T06:30:00Z", "source": "AFP"}, dt.date(2019, 3, 8), "AFP"),
    ],
)
def test_ingest_options_override_sidecar(
    tmp_path: Path, options: dict[str, str], published: dt.date, source: str
) -> None:
    report = _write(tmp_path / "r.txt", REPORT)
    _write(tmp_path / "r.meta.json", '{"published": "2019-03-06", "source": "Reuters"}')
    article = _one_article(_read([report], **options))
    assert (article.published, article.source) == (published, source)


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        (b"\xef\xbb\xbf" + REPORT.encode(), REPORT),
        (REPORT.replace("\n", "\r\n").encode(), REPORT),
        (b"  " + REPORT.encode() + b"   \n\n", "  " + REPORT + "   \n\n"),
        ("Gunmen killed seven \u2018villagers\u2019 in Ḱano.".encode(), None),
    ],
    ids=["bom", "crlf", "spaces-kept", "unicode-kept"],
)
def test_ingest_text_normalisation(tmp_path: Path, raw: bytes, text: str | None) -> None:
    article = _one_article(_read([_write(tmp_path / "r.txt", raw)]))
    assert article.text == (text if text is not None else raw.decode("utf-8"))
    assert (article.id, article.published, article.source) == ("r", None, None)


def test_ingest_sidecar_in_inputs_is_read_with_its_report(tmp_path: Path) -> None:
    report = _write(tmp_path / "r.txt", REPORT)
    side = _write(tmp_path / "r.meta.json", '{"source": "Reuters"}')
    results = _read([report, side])
    assert _one_article(results).source == "Reuters"


# --------------------------------------------------------------------------- JSONL / JSON


def test_ingest_jsonl_good_and_bad_lines_keep_order(tmp_path: Path) -> None:
    good = "Troops clashed with rebels near the border on Monday, the army said."
    lines = [
        json.dumps({"id": "a", "text": good, "published": "2020-01-02", "source": "AP"}),
        "",
        "this is not json",
        json.dumps(["a", "list"]),
        json.dumps({"id": "x", "title": "no text here"}),
        json.dumps({"text": 42}),
        json.dumps({"text": "   "}),
        json.dumps({"text": good, "published": "2020-02-31"}),
        json.dumps({"text": good, "published": "2020-01-03T08:00:00Z", "title": "T"}),
        json.dumps({"id": 17, "text": good, "url": "https://example.org/17"}),
        json.dumps({"content": good}),
        json.dumps({"text": SPANISH}),
        json.dumps({"text": good, "published": 20200101}),
    ]
    path = _write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    got = [
        (r.id, r.published, r.title) if isinstance(r, Article) else str(r) for r in _read([path])
    ]
    assert got == [
        ("a", dt.date(2020, 1, 2), None),
        f"{path}:3: not valid JSON (Expecting value at column 1)",
        f"{path}:4: not a JSON object (got an array)",
        f"{path}:5: no 'text' field",
        f"{path}:6: 'text' must be a string, not a number",
        f"{path}:7: empty report",
        f"{path}:8: bad published date '2020-02-31': expected YYYY-MM-DD",
        ("batch:9", dt.date(2020, 1, 3), "T"),
        ("17", None, None),
        f"{path}:11: no 'text' field (found 'content': rename it to 'text')",
        f"{path}:12: not in English (looks like Spanish); wirecoder codes English reports",
        f"{path}:13: 'published' must be a string, not a number",
    ]


def test_ingest_jsonl_options_are_defaults(tmp_path: Path) -> None:
    text = "Police dispersed protesters in the capital on Sunday, witnesses said."
    path = _write(
        tmp_path / "b.jsonl",
        json.dumps({"text": text})
        + "\r\n"
        + json.dumps({"text": text, "published": "2021-05-01", "source": "BBC"})
        + "\r\n",
    )
    got = [
        (a.id, a.published, a.source)
        for a in _read([path], published="2021-06-01", source="AFP")
        if isinstance(a, Article)
    ]
    assert got == [("b:1", dt.date(2021, 6, 1), "AFP"), ("b:2", dt.date(2021, 5, 1), "BBC")]


def test_ingest_jsonl_bad_bytes_fail_their_line_only(tmp_path: Path) -> None:
    first = json.dumps({"text": "Rebels shelled the town on Friday, officials said."})
    bad = b'{"text": "caf\xe9"}\n'
    path = _write(tmp_path / "b.jsonl", first.encode() + b"\n" + bad + bad + first.encode())
    results = _read([path])
    assert [type(r) for r in results] == [Article, InputError, InputError, Article]
    offset = len(first) + 1 + len('{"text": "caf')
    assert [str(r) for r in results[1:3]] == [
        f"{path}:2: not UTF-8 text (byte 0xe9 at offset {offset})",
        f"{path}:3: not UTF-8 text (byte 0xe9 at offset {offset + len(bad)})",
    ]


def test_ingest_jsonl_language_field(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "b.jsonl",
        json.dumps({"text": REPORT, "language": "es"})
        + "\n"
        + json.dumps({"text": SPANISH, "language": "en-GB"})
        + "\n",
    )
    results = _read([path])
    assert isinstance(results[0], UnsupportedLanguageError)
    assert str(results[0]) == (
        f"{path}:1: not in English (language 'es' given); wirecoder codes English reports"
    )
    assert isinstance(results[1], Article)  # a declared language is taken at its word


def test_ingest_json_document(tmp_path: Path) -> None:
    single = _write(tmp_path / "one.json", json.dumps({"text": REPORT, "source": "AP"}))
    many = _write(tmp_path / "many.json", json.dumps([{"text": REPORT}, {"text": ""}]))
    results = _read([single, many])
    assert [(r.id, r.source) for r in results if isinstance(r, Article)] == [
        ("one", "AP"),
        ("many[0]", None),
    ]
    assert str(results[2]) == f"{many}[1]: empty report"


# --------------------------------------------------------------------------- stdin


@pytest.mark.parametrize(
    ("stream", "expected"),
    [
        (io.StringIO(REPORT), [("stdin", REPORT)]),
        (io.BytesIO(b"\xef\xbb\xbf" + REPORT.replace("\n", "\r\n").encode()), [("stdin", REPORT)]),
        (
            io.StringIO(
                '{"text": "Troops fired on protesters."}\n\n'
                '{"id": "k", "text": "A bomb hit a bus."}\n'
            ),
            [("stdin:1", "Troops fired on protesters."), ("k", "A bomb hit a bus.")],
        ),
        (
            io.BytesIO(b'{"text": "Troops fired on protesters."}\n'),
            [("stdin:1", "Troops fired on protesters.")],
        ),
        # One line that is not an object: the whole input is a plain-text report.
        (
            io.StringIO('{"text": "x"}\nTroops fired on protesters.\n'),
            [("stdin", '{"text": "x"}\nTroops fired on protesters.\n')],
        ),
    ],
    ids=["text", "bytes-bom-crlf", "jsonl-text", "jsonl-bytes", "mixed-is-text"],
)
def test_ingest_stdin(stream: io.StringIO | io.BytesIO, expected: list[tuple[str, str]]) -> None:
    results = _read(["-"], stdin=stream, published="2022-02-02")
    assert [(a.id, a.text) for a in results if isinstance(a, Article)] == expected
    assert all(isinstance(a, Article) and a.published == dt.date(2022, 2, 2) for a in results)


@pytest.mark.parametrize(
    ("stream", "message"),
    [
        (io.StringIO(""), "stdin: empty report"),
        (io.BytesIO(b"\x00\x01\x02binary"), "stdin: binary file, not a text report"),
        (io.BytesIO(b"caf\xe9 bomb"), "stdin: not UTF-8 text (byte 0xe9 at offset 3)"),
        (io.StringIO('{"text": ""}\n'), "stdin:1: empty report"),
    ],
)
def test_ingest_stdin_errors(stream: io.StringIO | io.BytesIO, message: str) -> None:
    assert str(_one_error(_read(["-"], stdin=stream))) == message


# --------------------------------------------------------------------------- HTML

PAGE = """<!doctype html>
<html><head><title>Seven killed in market attack - Example News</title>
<meta property="article:published_time" content="2019-03-06T09:15:00+01:00">
<meta property="og:site_name" content="Example News">
<link rel="canonical" href="https://example.org/market">
<style>p { color: red }</style><script>var tracking = "the police said";</script>
</head><body>
<nav><p>Home | World | Sport</p></nav>
<aside><p>Read more: a story about something else.</p></aside>
<article><h1>Seven killed in   market attack</h1>
<p>Gunmen killed at least seven villagers in an attack on a market on Tuesday,
police said.</p>
<p>The attackers fled on motorcycles &amp; on foot, a witness told reporters.</p>
</article>
<footer><p>Copyright the publisher. All rights reserved.</p></footer>
</body></html>"""

BODY = (
    "Gunmen killed at least seven villagers in an attack on a market on Tuesday, police said."
    "\n\nThe attackers fled on motorcycles & on foot, a witness told reporters."
)


@pytest.mark.parametrize(
    ("html", "title", "text"),
    [
        (PAGE, "Seven killed in market attack", BODY),
        (
            "<title>Only a title</title><div>menu</div><p>First  one.</p><div>x</div><p>Two.</p>",
            "Only a title",
            "First one.\n\nTwo.",
        ),
        ("<body><div>No paragraphs at all here.</div></body>", None, "No paragraphs at all here."),
        ("<p>Unclosed one<p>Unclosed two", None, "Unclosed one\n\nUnclosed two"),
        ("<p>Line one<br>line two</p><p>Next.</p>", None, "Line one line two\n\nNext."),
        (
            "<svg><title>Share icon</title></svg><article><p>Text.</p></article>",
            None,
            "Text.",
        ),
        ("<article><div>By a reporter</div></article><p>The story.</p>", None, "The story."),
    ],
    ids=["article", "paragraphs", "no-paragraphs", "unclosed", "br", "svg-title", "thin-article"],
)
def test_ingest_html_extract(html: str, title: str | None, text: str) -> None:
    assert extract_html(html) == (title, text)


def test_ingest_html_file_metadata(tmp_path: Path) -> None:
    page = _write(tmp_path / "market.html", PAGE)
    article = _one_article(_read([page]))
    assert article == Article(
        id="market",
        text=BODY,
        title="Seven killed in market attack",
        published=dt.date(2019, 3, 6),
        source="Example News",
        url="https://example.org/market",
    )
    _write(tmp_path / "market.meta.json", '{"published": "2019-03-07"}')
    assert _one_article(_read([page], source="AFP")).published == dt.date(2019, 3, 7)
    assert _one_article(_read([page], source="AFP")).source == "AFP"


# --------------------------------------------------------------------------- errors

NOT_UTF8 = "not UTF-8 text"
AS_UTF8 = "save the report as UTF-8"
ONLY_EN = "; wirecoder codes English reports"
NO_PAGE_TEXT = "(no article text in the page)"
PASS_REPORT = "(pass the report it describes)"
IN_QUOTES = "enclosed in double quotes"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty report"),
        ("blank.txt", b" \n\t\r\n  ", "empty report"),
        ("nul.txt", b"Gunmen killed\x00 seven", "binary file, not a text report"),
        ("image.txt", bytes(range(1, 32)) * 20, "binary file, not a text report"),
        ("zeros.txt", bytes(64), "binary file, not a text report"),
        (
            "utf16le.txt",
            "Seven killed".encode("utf-16-le"),
            f"{NOT_UTF8} (looks like UTF-16); {AS_UTF8}",
        ),
        ("latin1.txt", b"Troops entered the caf\xe9.", f"{NOT_UTF8} (byte 0xe9 at offset 22)"),
        ("smart.txt", b"\xef\xbb\xbf\x93Seven killed\x94", f"{NOT_UTF8} (byte 0x93 at offset 3)"),
        ("utf16.txt", "Seven".encode("utf-16"), f"{NOT_UTF8} (looks like UTF-16); {AS_UTF8}"),
        ("es.txt", SPANISH.encode(), f"not in English (looks like Spanish){ONLY_EN}"),
        ("fr.txt", FRENCH.encode(), f"not in English (looks like French){ONLY_EN}"),
        ("empty.html", b"<nav><p>Home</p></nav><script/>", f"empty report {NO_PAGE_TEXT}"),
        ("bad.json", b'{"text": ', "not valid JSON (Expecting value at column 10)"),
        ("list.json", b"[]", "empty report (an empty JSON array)"),
        ("bin.jsonl", b'{"text": "a"}\x00\x00\x00\x01\x02', "binary file, not a text report"),
        ("alone.meta.json", b"{}", f"a metadata sidecar, not a report {PASS_REPORT}"),
    ],
)
def test_ingest_errors_name_the_input(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    path = _write(tmp_path / name, content)
    error = _one_error(_read([path]))
    assert str(error) == f"{path}: {reason}"
    assert (error.source, error.reason) == (path, reason)


@pytest.mark.parametrize(
    ("sidecar", "reason"),
    [
        (b"{not json", f"not valid JSON (Expecting property name {IN_QUOTES} at column 2)"),
        (b'["a"]', "not a JSON object (got an array)"),
        (b'{"published": "21/10/2017"}', "bad published date '21/10/2017': expected YYYY-MM-DD"),
        (b'{"source": 5}', "'source' must be a string, not a number"),
        (b'{"language": "fr"}', f"not in English (language 'fr' given){ONLY_EN}"),
    ],
)
def test_ingest_bad_sidecar_is_named(tmp_path: Path, sidecar: bytes, reason: str) -> None:
    report = _write(tmp_path / "r.txt", REPORT)
    side = _write(tmp_path / "r.meta.json", sidecar)
    error = _one_error(_read([report]))
    # A declared language concerns the report; everything else is the sidecar's fault.
    assert str(error) == f"{report if 'language' in reason else side}: {reason}"


def test_ingest_missing_and_directory(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    missing_jsonl = str(tmp_path / "missing.jsonl")
    folder = tmp_path / "reports.txt"
    folder.mkdir()
    assert [str(e) for e in _read([missing, missing_jsonl, str(folder)])] == [
        f"{missing}: no such file",
        f"{missing_jsonl}: no such file",
        f"{folder}: is a directory, not a report",
    ]


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads anything")
@pytest.mark.parametrize("name", ["locked.txt", "locked.jsonl"])
def test_ingest_unreadable_file(tmp_path: Path, name: str) -> None:
    path = _write(tmp_path / name, REPORT)
    os.chmod(path, 0)
    try:
        assert str(_one_error(_read([path]))) == f"{path}: permission denied"
    finally:
        os.chmod(path, 0o600)


@pytest.mark.parametrize("name", ["locked.txt", "locked.jsonl", "r.txt"])
def test_ingest_permission_denied_simulated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """The same as above where the tests run as root, whom chmod does not stop."""
    path = _write(tmp_path / name, REPORT)
    locked = path if name != "r.txt" else str(tmp_path / "r.meta.json")
    _write(Path(locked), "{}")
    real_read_bytes, real_open = Path.read_bytes, open

    def read_bytes(self: Path) -> bytes:
        if str(self) == locked:
            raise PermissionError(13, "Permission denied")
        return real_read_bytes(self)

    def fake_open(file: str, *args: Any, **kwargs: Any) -> Any:
        if str(file) == locked:
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    monkeypatch.setattr("wirecoder.ingest.open", fake_open, raising=False)
    assert str(_one_error(_read([path]))) == f"{locked}: permission denied"


def test_ingest_batch_goes_on_after_errors(tmp_path: Path) -> None:
    first = _write(tmp_path / "first.txt", REPORT)
    bad = _write(tmp_path / "bad.txt", b"\xff\xfe\x00")
    last = _write(tmp_path / "last.txt", UPPER_ENGLISH)
    results = _read([first, str(tmp_path / "gone.txt"), bad, last])
    assert [r.id if isinstance(r, Article) else r.source for r in results] == [
        "first",
        str(tmp_path / "gone.txt"),
        bad,
        "last",
    ]


@pytest.mark.parametrize("published", ["2017-13-40", "21/10/2017", "yesterday", "2017-10-21x"])
def test_ingest_bad_published_option_stops_the_run(tmp_path: Path, published: str) -> None:
    report = _write(tmp_path / "r.txt", REPORT)
    error = _one_error(_read([report, report], published=published))
    assert str(error) == f"--published: bad published date {published!r}: expected YYYY-MM-DD"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("2017-10-21", dt.date(2017, 10, 21)),
        (" 2017-10-21 ", dt.date(2017, 10, 21)),
        ("2017-10-21T08:00:00Z", dt.date(2017, 10, 21)),
        ("2017-10-21T23:30:00-05:00", dt.date(2017, 10, 21)),
        ("2017-10-21 08:00", dt.date(2017, 10, 21)),
    ],
)
def test_ingest_parse_published(value: str | None, expected: dt.date | None) -> None:
    assert parse_published(value, origin="--published") == expected


@pytest.mark.parametrize("value", ["2017-13-40", "2017-02-29", "17-10-21", "", "2017-10-21T99"])
def test_ingest_parse_published_rejects(value: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_published(value, origin="x.jsonl:3")
    assert caught.value.source == "x.jsonl:3"
    assert caught.value.reason == f"bad published date {value!r}: expected YYYY-MM-DD"


# --------------------------------------------------------------------------- language


@pytest.mark.parametrize(
    ("text", "english", "name"),
    [
        (REPORT, True, None),
        (UPPER_ENGLISH, True, None),
        ("Gunmen kill seven villagers in market attack", True, None),
        ("GUNMEN KILL SEVEN VILLAGERS IN MARKET ATTACK IN NORTHERN NIGERIA", True, None),
        (
            "Fighters of the Frente de Liberacion Nacional clashed with troops near San Jose de "
            "las Flores on Tuesday, the army said.",
            True,
            None,
        ),
        ("shooting: 2 dead, 9 hurt; suspects on loose after bar fight downtown", True, None),
        (SPANISH, False, "Spanish"),
        (SPANISH.upper(), False, "Spanish"),
        ("Mueren siete personas en un ataque contra un mercado del norte", False, "Spanish"),
        (FRENCH, False, "French"),
        ("Sept villageois tués dans une attaque contre un marché du nord", False, "French"),
        (GERMAN, False, "German"),
        (PORTUGUESE, False, "Portuguese"),
        (ITALIAN, False, "Italian"),
        ("قتل سبعة قرويين في هجوم على سوق في شمال البلاد يوم الثلاثاء", False, "Arabic"),
        ("Семь жителей деревни погибли при нападении на рынок во вторник", False, "Russian"),
        ("周二，七名村民在该国北部一个市场遭到袭击时死亡。", False, "Chinese"),
        # Too little to tell: accepted.
        ("Ataque en el mercado", True, None),
        ("Anschlag", True, None),
        ("", True, None),
    ],
)
def test_ingest_language_guess(text: str, english: bool, name: str | None) -> None:
    assert guess_language(text).english is english
    assert guess_language(text).name == name
    assert looks_english(text) is english


@pytest.mark.parametrize(
    ("article", "error"),
    [
        (Article(id="a", text=REPORT), None),
        (Article(id="a", text=" \n "), "x.txt: empty report"),
        (
            Article(id="a", text=GERMAN),
            "x.txt: not in English (looks like German); wirecoder codes English reports",
        ),
        # The body is a foreign-language banner but the headline is English: kept.
        (
            Article(id="a", text=PORTUGUESE, title="Seven killed in an attack on a market"),
            None,
        ),
        (
            Article(id="a", text=PORTUGUESE, title="Notícias"),
            "x.txt: not in English (looks like Portuguese); wirecoder codes English reports",
        ),
    ],
)
def test_ingest_check_article(article: Article, error: str | None) -> None:
    if error is None:
        assert check_article(article, "x.txt") is article
        return
    with pytest.raises(InputError) as caught:
        check_article(article, "x.txt")
    assert str(caught.value) == error
    assert isinstance(caught.value, UnsupportedLanguageError) == ("English" in error)
