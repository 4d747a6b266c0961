"""Read news reports into ``Article`` records: plain text (+ sidecar), JSONL, JSON, HTML, stdin.

Every mistake a user can make becomes an ``InputError`` naming the input (``path`` or
``path:line``) and the reason; it is yielded in the report's place so that a batch goes on
and the caller prints one line per failure.

The text is kept exactly as read, because evidence offsets point into it; the only changes
are dropping a UTF-8 byte-order mark and turning CRLF line ends into LF. HTML is the
exception: there is no "as read" text in a page, so the extracted paragraphs are the text.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from wirecoder.errors import InputError, UnsupportedLanguageError
from wirecoder.model import Article

log = logging.getLogger(__name__)

#: The path that means standard input, and the name it goes by in ids and messages.
STDIN_PATH = "-"
STDIN_NAME = "stdin"
#: Past this a file is not one news report; refusing it early keeps memory bounded.
MAX_REPORT_BYTES = 32 * 1024 * 1024
SIDECAR_SUFFIX = ".meta.json"

_BOM = b"\xef\xbb\xbf"
_SNIFF_BYTES = 8192
# Bytes that occur in text; whatever `translate` leaves after deleting them is control junk.
_TEXT_BYTES = bytes(range(0x20, 0x7F)) + b"\t\n\r\f\b\x1b" + bytes(range(0x80, 0x100))
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


# --------------------------------------------------------------------------- dates


def parse_published(value: str | None, *, origin: str) -> dt.date | None:
    """``YYYY-MM-DD`` or an ISO datetime (its date as written) -> date; None -> None.

    Raises ``InputError(source=origin)`` for anything else; the CLI calls this on
    ``--published`` itself so that a typo stops the run before any report is read.
    """
    if value is None:
        return None
    raw = value.strip()
    if _DATE_RE.match(raw):
        try:
            day = dt.date.fromisoformat(raw[:10])
            if len(raw) > 10:
                # The date as the source wrote it: converting zones could shift the day.
                dt.datetime.fromisoformat(raw)
            return day
        except ValueError:
            pass
    raise InputError(f"bad published date {value!r}: expected YYYY-MM-DD", source=origin)


# --------------------------------------------------------------------------- language

_LANGUAGES = ("en", "es", "fr", "de", "pt", "it", "nl")
_LANGUAGE_NAMES = {
    "es": "Spanish",
    "fr": "French",
    "de": "German",
    "pt": "Portuguese",
    "it": "Italian",
    "nl": "Dutch",
}
# Function words, lower case. A word that is also common English ("a", "in", "no", "die",
# "war", "as", "do", "come", "on", "son", "he", "was", "am") is left out of the foreign
# lists so that English reports never feed another language's score; English keeps the
# short ones because headlines are made of little else.
_STOPWORDS_BY_LANGUAGE = {
    "en": """the of and to in a on as was were is are for that with by at from said he she
        it its has have had an been his her their they after who which this not but be or will would
        there than into when also over about we our them those these what while where
        during against between under including could did such other any only""",
    "es": """el la los las del de y en que un una por con para se es fue su sus al lo como
        más mas pero según segun han ha este esta entre también tambien sin sobre fueron
        dijo tras desde donde cuando muy ya hasta hay le les otros otras porque""",
    "fr": """le la les des du de et est une un dans pour par pas qui que sur au aux avec
        ont été ete il ils elle elles ce cette ces sont selon mais lors leur leurs contre
        après apres était etait ne plus se sa ses l d qu où en""",
    "de": """der und das ist nicht sich mit dem den des ein eine einer eines einem zu auf
        für fur von im bei wurde wurden sind auch nach wie aus sie er es hat haben werden
        wird noch nur oder aber zum zur vom durch gegen über ueber seine ihre dass daß
        bis um""",
    "pt": """o os da dos das de e em um uma que para com não nao por é foi ao aos seu sua
        seus suas mais pelo pela pelos pelas também tambem foram segundo na nas nos entre
        como se são sao já ja onde quando ainda após apos disse""",
    "it": """il lo la gli le di del della dei delle degli e è che un una per con non sono
        ha nel nella nei negli da al alla ai alle anche più piu stato dopo tra fra questo
        questa ma si sul sulla dal dalla loro essere era erano hanno l d""",
    "nl": """het een van de en dat op te zijn voor niet aan om ook bij naar uit maar werd
        worden wordt hun nog deze dit heeft hebben tegen wij ze zich""",
}


def _build_stopwords() -> dict[str, tuple[int, ...]]:
    index: dict[str, list[int]] = {}
    for i, lang in enumerate(_LANGUAGES):
        for word in _STOPWORDS_BY_LANGUAGE[lang].split():
            index.setdefault(word, []).append(i)
    return {word: tuple(langs) for word, langs in index.items()}


_STOPWORDS = _build_stopwords()
_WORD_RE = re.compile(r"[^\W\d_]+")
_LATIN_LETTER_RE = re.compile(r"[A-Za-z\u00C0-\u024F]")
_OTHER_LETTER_RE = re.compile(r"[^\W\d_A-Za-z\u00C0-\u024F]")
_SCRIPTS = (
    ("Arabic", re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")),
    ("Russian", re.compile(r"[\u0400-\u04FF]")),
    ("Chinese", re.compile(r"[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]")),
    ("Japanese", re.compile(r"[\u3040-\u30FF]")),
    ("Korean", re.compile(r"[\uAC00-\uD7AF\u1100-\u11FF\u3130-\u318F]")),
    ("Hebrew", re.compile(r"[\u0590-\u05FF]")),
    ("Greek", re.compile(r"[\u0370-\u03FF]")),
    ("Hindi", re.compile(r"[\u0900-\u097F]")),
)
# Letters that tell a language apart from its script's main one.
_UKRAINIAN_RE = re.compile(r"[іїєґІЇЄҐ]")
_URDU_RE = re.compile(r"[ٹڈڑںے]")
_PERSIAN_RE = re.compile(r"[پچژگکی]")
_KANA_RE = _SCRIPTS[3][1]

#: Language detection reads this much of a report: enough to decide, cheap on long pages.
_LANGUAGE_SAMPLE_CHARS = 5000
#: Under this many words there is too little to tell: accept.
_MIN_WORDS = 8
#: Letters of another script needed before that script can speak for the report.
_MIN_SCRIPT_LETTERS = 10


@dataclass(frozen=True)
class LanguageGuess:
    """``english`` False only when the text clearly is not; ``name`` when we can tell."""

    english: bool
    name: str | None = None


def guess_language(text: str) -> LanguageGuess:
    """A cheap guess: non-Latin script share, then function-word counts per language.

    Works on lower-cased words, so ALL-CAPS wire copy scores like any other text. Unsure
    (few words, no signal) means English: a wrong refusal costs more than a wrong try.
    """
    sample = text[:_LANGUAGE_SAMPLE_CHARS]
    if not sample.isascii():
        script = _script_language(sample)
        if script is not None:
            return script
    n_words, counts = _word_counts(sample)
    if n_words < _MIN_WORDS:
        return LanguageGuess(True)
    english = counts[0]
    best = max(range(1, len(_LANGUAGES)), key=lambda i: counts[i])
    if counts[best] >= 3 and counts[best] > 2 * english:
        return LanguageGuess(False, _LANGUAGE_NAMES[_LANGUAGES[best]])
    # Prose in any language is thick with function words; running text with almost no
    # English ones is another language even when it is none of those listed above.
    if n_words >= 30 and english * 20 < n_words:
        return LanguageGuess(False)
    return LanguageGuess(True)


def _word_counts(sample: str) -> tuple[int, list[int]]:
    """(number of words, function-word hits per language in ``_LANGUAGES`` order)."""
    words = _WORD_RE.findall(sample.lower())
    counts = [0] * len(_LANGUAGES)
    for word in words:
        for i in _STOPWORDS.get(word, ()):
            counts[i] += 1
    return len(words), counts


def _title_reads_english(title: str) -> bool:
    """Positive evidence that a headline is English, not a mere lack of foreign words."""
    sample = title[:500]
    if not sample.isascii() and _script_language(sample) is not None:
        return False
    n_words, counts = _word_counts(sample)
    return n_words >= 3 and counts[0] >= 1 and max(counts[1:]) == 0


def _script_language(sample: str) -> LanguageGuess | None:
    other = _OTHER_LETTER_RE.findall(sample)
    if len(other) < _MIN_SCRIPT_LETTERS or len(other) <= len(_LATIN_LETTER_RE.findall(sample)):
        return None
    joined = "".join(other)
    name, hits = max(((n, len(rx.findall(joined))) for n, rx in _SCRIPTS), key=lambda c: c[1])
    if hits == 0:
        # A script we have no name for: Unicode's own name for it ("THAI", "ETHIOPIC").
        return LanguageGuess(False, unicodedata.name(other[0], "unknown").split()[0].title())
    if name == "Chinese" and _KANA_RE.search(joined):
        name = "Japanese"
    elif name == "Russian" and _UKRAINIAN_RE.search(joined):
        name = "Ukrainian"
    elif name == "Arabic" and _URDU_RE.search(joined):
        name = "Urdu"
    elif name == "Arabic" and _PERSIAN_RE.search(joined):
        name = "Persian"
    return LanguageGuess(False, name)


def looks_english(text: str) -> bool:
    """True unless the text clearly is in another language."""
    return guess_language(text).english


def _not_english(guess: LanguageGuess, origin: str) -> UnsupportedLanguageError:
    looks = f" (looks like {guess.name})" if guess.name else ""
    return UnsupportedLanguageError(
        f"not in English{looks}; wirecoder codes English reports", source=origin
    )


def check_article(article: Article, origin: str) -> Article:
    """The article itself, or ``InputError`` when its text is empty or not English."""
    if not article.text.strip():
        raise InputError("empty report", source=origin)
    sample = article.text[:_LANGUAGE_SAMPLE_CHARS]
    guess = guess_language(f"{article.title}\n{sample}" if article.title else sample)
    if guess.english:
        return article
    if article.title and _title_reads_english(article.title):
        # Crawled pages: the body may be a foreign-language cookie or social-media banner
        # while the English headline still carries the facts (see DESIGN.md).
        log.debug("%s: body reads as %s, headline as English: kept", origin, guess.name)
        return article
    raise _not_english(guess, origin)


def _is_english_tag(language: str) -> bool:
    tag = language.strip().lower().replace("_", "-")
    return tag in {"en", "eng", "english"} or tag.startswith("en-")


def _checked(article: Article, origin: str, declared: str | None) -> Article:
    """``check_article``, except that a declared language is taken at its word."""
    if declared is None:
        return check_article(article, origin)
    if not article.text.strip():
        raise InputError("empty report", source=origin)
    if not _is_english_tag(declared):
        raise UnsupportedLanguageError(
            f"not in English (language {declared!r} given); wirecoder codes English reports",
            source=origin,
        )
    return article


# --------------------------------------------------------------------------- bytes -> text


def _looks_binary(sample: bytes) -> bool:
    if b"\x00" in sample:
        return True
    junk = len(sample.translate(None, _TEXT_BYTES))
    return junk * 10 > len(sample)


def _looks_utf16(sample: bytes) -> bool:
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    # ASCII text in UTF-16 without a BOM: every other byte is NUL, and only every other.
    half = len(sample) // 2
    if half < 4:
        return False
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    return max(even, odd) * 10 >= half * 9 and min(even, odd) * 10 <= half


def _check_bytes(sample: bytes, origin: str) -> None:
    if _looks_utf16(sample):
        raise InputError("not UTF-8 text (looks like UTF-16); save the report as UTF-8", origin)
    if _looks_binary(sample):
        raise InputError("binary file, not a text report", source=origin)


def _decode(data: bytes, origin: str, *, offset: int = 0) -> str:
    """UTF-8 bytes -> text with CRLF made LF; ``offset`` places ``data`` in its file."""
    start = len(_BOM) if data.startswith(_BOM) else 0
    try:
        text = data[start:].decode("utf-8")
    except UnicodeDecodeError as err:
        pos = start + err.start
        raise InputError(
            f"not UTF-8 text (byte 0x{data[pos]:02x} at offset {offset + pos})", source=origin
        ) from None
    return text.replace("\r\n", "\n")


def _decode_report(data: bytes, origin: str) -> str:
    _check_bytes(data[:_SNIFF_BYTES], origin)
    if b"\x00" in data:  # past the sniffed head
        raise InputError("binary file, not a text report", source=origin)
    return _decode(data, origin)


def _read_file(path: str, origin: str | None = None) -> bytes:
    origin = origin or path
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError("is a directory, not a report", source=origin)
        size = p.stat().st_size
        if size > MAX_REPORT_BYTES:
            raise InputError(
                f"too large for one report ({size // (1024 * 1024)} MiB)", source=origin
            )
        return p.read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        raise InputError("no such file", source=origin) from None
    except PermissionError:
        raise InputError("permission denied", source=origin) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a report", source=origin) from None
    except OSError as err:
        raise InputError(f"cannot read ({err.strerror or err})", source=origin) from None


# --------------------------------------------------------------------------- metadata


@dataclass(frozen=True)
class _Meta:
    """Metadata found beside or inside a report, before options are merged in."""

    id: str | None = None
    published: dt.date | None = None
    source: str | None = None
    title: str | None = None
    url: str | None = None
    dateline: str | None = None
    language: str | None = None


def _json_type(value: object) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    return "a string" if isinstance(value, str) else "null"


def _string_field(obj: dict[str, Any], key: str, origin: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f"{key!r} must be a string, not {_json_type(value)}", source=origin)
    return value.replace("\r\n", "\n") if value.strip() else None


def _meta_from(obj: dict[str, Any], origin: str, *, with_id: bool) -> _Meta:
    raw_id = obj.get("id") if with_id else None
    if raw_id is None or isinstance(raw_id, str):
        ident = raw_id.strip() if raw_id else None
    elif isinstance(raw_id, int) and not isinstance(raw_id, bool):
        ident = str(raw_id)
    else:
        raise InputError(f"'id' must be a string, not {_json_type(raw_id)}", source=origin)
    published = _string_field(obj, "published", origin)
    source = _string_field(obj, "source", origin)
    url = _string_field(obj, "url", origin)
    dateline = _string_field(obj, "dateline", origin)
    language = _string_field(obj, "language", origin)
    return _Meta(
        id=ident or None,
        published=parse_published(published, origin=origin),
        source=source.strip() if source else None,
        title=_string_field(obj, "title", origin),
        url=url.strip() if url else None,
        dateline=dateline.strip() if dateline else None,
        language=language.strip() if language else None,
    )


def _parse_json(text: str, origin: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        where = (
            f"line {err.lineno} column {err.colno}"
            if "\n" in text.strip()
            else (f"column {err.colno}")
        )
        raise InputError(f"not valid JSON ({err.msg} at {where})", source=origin) from None
    except (ValueError, RecursionError) as err:
        raise InputError(f"not valid JSON ({err})", source=origin) from None


def _sidecar_path(path: str) -> Path:
    p = Path(path)
    return p.with_name(p.stem + SIDECAR_SUFFIX)


def _read_sidecar(path: str) -> _Meta:
    side = _sidecar_path(path)
    if not side.exists() and not side.is_symlink():
        return _Meta()
    origin = str(side)
    obj = _parse_json(_decode_report(_read_file(origin), origin), origin)
    if not isinstance(obj, dict):
        raise InputError(f"not a JSON object (got {_json_type(obj)})", source=origin)
    return _meta_from(obj, origin, with_id=False)


# --------------------------------------------------------------------------- JSON reports

# Names other corpora give the body: a hint is kinder than a bare "no 'text' field".
_TEXT_ALIASES = ("content", "body", "doc_text", "article", "story")


def _object_article(
    obj: object,
    origin: str,
    fallback_id: str,
    published: dt.date | None,
    source: str | None,
) -> Article:
    """One JSON object -> Article; ``published``/``source`` fill in only what it lacks."""
    if not isinstance(obj, dict):
        raise InputError(f"not a JSON object (got {_json_type(obj)})", source=origin)
    if "text" not in obj:
        alias = next((a for a in _TEXT_ALIASES if a in obj), None)
        hint = f" (found {alias!r}: rename it to 'text')" if alias else ""
        raise InputError(f"no 'text' field{hint}", source=origin)
    text = obj["text"]
    if not isinstance(text, str):
        raise InputError(f"'text' must be a string, not {_json_type(text)}", source=origin)
    if not text.strip():
        raise InputError("empty report", source=origin)
    meta = _meta_from(obj, origin, with_id=True)
    article = Article(
        id=meta.id or fallback_id,
        text=text.replace("\r\n", "\n"),
        title=meta.title,
        published=meta.published or published,
        source=meta.source or source,
        url=meta.url,
        dateline=meta.dateline,
    )
    return _checked(article, origin, meta.language)


def _jsonl_lines(
    lines: Iterable[bytes | str],
    name: str,
    stem: str,
    published: dt.date | None,
    source: str | None,
) -> Iterator[Article | InputError]:
    offset = 0
    for lineno, raw in enumerate(lines, 1):
        origin = f"{name}:{lineno}"
        try:
            if isinstance(raw, bytes):
                start, offset = offset, offset + len(raw)
                line = _decode(raw, origin, offset=start)
            else:
                line = raw.removeprefix("\ufeff") if lineno == 1 else raw
            if not line.strip():
                continue
            obj = _parse_json(line, origin)
            yield _object_article(obj, origin, f"{stem}:{lineno}", published, source)
        except InputError as err:
            yield err


def _read_jsonl_file(
    path: str, published: dt.date | None, source: str | None
) -> Iterator[Article | InputError]:
    """Streams the file so that a large data set is never held in memory at once."""
    try:
        if Path(path).is_dir():
            raise InputError("is a directory, not a report", source=path)
        with open(path, "rb") as handle:
            _check_bytes(handle.read(_SNIFF_BYTES), path)
            handle.seek(0)
            yield from _jsonl_lines(handle, path, Path(path).stem, published, source)
    except InputError as err:
        yield err
    except (FileNotFoundError, NotADirectoryError):
        yield InputError("no such file", source=path)
    except PermissionError:
        yield InputError("permission denied", source=path)
    except OSError as err:
        yield InputError(f"cannot read ({err.strerror or err})", source=path)


def _json_document(
    obj: object, name: str, stem: str, published: dt.date | None, source: str | None
) -> Iterator[Article | InputError]:
    """A .json file: one article object, or an array of them named ``name[i]``."""
    if not isinstance(obj, list):
        yield _object_article(obj, name, stem, published, source)
        return
    if not obj:
        yield InputError("empty report (an empty JSON array)", source=name)
    for i, item in enumerate(obj):
        try:
            yield _object_article(item, f"{name}[{i}]", f"{stem}[{i}]", published, source)
        except InputError as err:
            yield err


# --------------------------------------------------------------------------- HTML

# fmt: off
_SKIP_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form",
    "iframe", "button", "select", "textarea",
})
# A block boundary ends one paragraph of text; <br> is only a space (see handle_starttag).
_BLOCK_TAGS = frozenset({
    "p", "div", "article", "section", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6",
    "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
    "figure", "figcaption", "hr", "body", "title",
})
# fmt: on
# Inside <article> these are the story; outside it, only <p> is trusted to be.
_ARTICLE_PARAS = frozenset({"p", "blockquote", "pre", "h2", "h3"})
_SPACE_RE = re.compile(r"\s+")


@dataclass(frozen=True)
class _Block:
    tag: str | None
    text: str
    in_article: bool


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[_Block] = []
        self.title_tag = ""
        self.h1: list[str] = []
        self.meta: dict[str, str] = {}
        self._buf: list[str] = []
        self._tag: str | None = None
        self._skip = 0
        self._article = 0
        self._in_title = False

    def _flush(self) -> None:
        text = _SPACE_RE.sub(" ", "".join(self._buf)).strip()
        self._buf.clear()
        if not text:
            return
        if self._tag == "h1":
            self.h1.append(text)
        else:
            self.blocks.append(_Block(self._tag, text, self._article > 0))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag == "title" and self._skip == 0:
            # Skipped parts have titles of their own (an <svg> icon's): not the page's.
            self._in_title = True
        elif tag == "meta" or (tag == "link" and self._skip == 0):
            self._note_meta(tag, dict(attrs))
        if tag == "br":
            self._buf.append(" ")
        elif tag in _BLOCK_TAGS and self._skip == 0:
            self._flush()
            self._tag = tag
            if tag == "article":
                self._article += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag == "title":
            self._in_title = False
        if tag in _BLOCK_TAGS and self._skip == 0:
            self._flush()
            self._tag = None
            if tag == "article":
                self._article = max(0, self._article - 1)

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_tag += data
        elif self._skip == 0:
            self._buf.append(data)

    def _note_meta(self, tag: str, attrs: dict[str, str | None]) -> None:
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        value = attrs.get("content")
        if tag == "link" and (attrs.get("rel") or "").lower() == "canonical":
            key, value = "canonical", attrs.get("href")
        if key and value and key not in self.meta:
            self.meta[key] = value.strip()

    def close(self) -> None:
        super().close()
        self._flush()


def _parse_page(html: str) -> _PageParser:
    parser = _PageParser()
    parser.feed(html)
    parser.close()
    return parser


def _page_text(parser: _PageParser) -> tuple[str | None, str]:
    title = _SPACE_RE.sub(" ", parser.title_tag).strip()
    # The <h1> is the headline itself; <title> often carries " - Site name" after it.
    title = parser.h1[0] if parser.h1 else title or parser.meta.get("og:title", "")
    blocks = parser.blocks
    in_article = [b for b in blocks if b.in_article]
    chosen = (
        [b for b in in_article if b.tag in _ARTICLE_PARAS]
        or [b for b in blocks if b.tag == "p"]
        or in_article
        or blocks
    )
    return title or None, "\n\n".join(b.text for b in chosen)


def extract_html(html: str) -> tuple[str | None, str]:
    """(title, body text) of a page: its paragraphs, joined by blank lines."""
    return _page_text(_parse_page(html))


def _html_report(html: str, name: str) -> tuple[_Meta, str]:
    """The page's text and what its <meta> tags say (the weakest metadata source)."""
    parser = _parse_page(html)
    title, text = _page_text(parser)
    published: dt.date | None = None
    for key in ("article:published_time", "datepublished", "date"):
        if key in parser.meta:
            try:
                published = parse_published(parser.meta[key], origin=name)
                break
            except InputError:
                log.debug("%s: ignoring unreadable %s %r", name, key, parser.meta[key])
    meta = _Meta(
        published=published,
        source=parser.meta.get("og:site_name"),
        title=title,
        url=parser.meta.get("canonical") or parser.meta.get("og:url"),
    )
    return meta, text


# --------------------------------------------------------------------------- reports

_HTML_SUFFIXES = frozenset({".html", ".htm"})


def _single_report(path: str, published: dt.date | None, source: str | None) -> Article:
    """A file holding one report (text or HTML), with its sidecar; options win over both."""
    text = _decode_report(_read_file(path), path)
    side = _read_sidecar(path)
    page = _Meta()
    if Path(path).suffix.lower() in _HTML_SUFFIXES:
        page, text = _html_report(text, path)
        if not text.strip():
            raise InputError("empty report (no article text in the page)", source=path)
    article = Article(
        id=Path(path).stem,
        text=text,
        title=side.title or page.title,
        published=published or side.published or page.published,
        source=source or side.source or page.source,
        url=side.url or page.url,
        dateline=side.dateline,
    )
    return _checked(article, path, side.language)


def _all_lines_are_objects(text: str) -> bool:
    lines = [line for line in text.split("\n") if line.strip()]
    # Cheap on purpose: a line that starts like an object and is broken is reported as a
    # bad JSONL line, which is what its writer meant it to be.
    return bool(lines) and all(line.lstrip().startswith("{") for line in lines)


def _read_stdin(
    stream: TextIO | BinaryIO | None, published: dt.date | None, source: str | None
) -> Iterator[Article | InputError]:
    if stream is None:
        stream = getattr(sys.stdin, "buffer", sys.stdin)
    try:
        data = stream.read()
    except UnicodeDecodeError as err:
        # A text stream decodes in chunks: its error offset is not the input's, so none.
        byte = err.object[err.start]
        raise InputError(f"not UTF-8 text (byte 0x{byte:02x})", source=STDIN_NAME) from None
    except OSError as err:
        raise InputError(f"cannot read ({err.strerror or err})", source=STDIN_NAME) from None
    if isinstance(data, bytes):
        text = _decode_report(data, STDIN_NAME)
    else:
        if "\x00" in data:
            raise InputError("binary file, not a text report", source=STDIN_NAME)
        text = data.removeprefix("\ufeff").replace("\r\n", "\n")
    if _all_lines_are_objects(text):
        yield from _jsonl_lines(text.split("\n"), STDIN_NAME, STDIN_NAME, published, source)
        return
    article = Article(id=STDIN_NAME, text=text, published=published, source=source)
    yield check_article(article, STDIN_NAME)


def _sidecar_with_report(path: str, others: frozenset[tuple[Path, str]]) -> bool:
    """Whether a ``NAME.meta.json`` given as input has its report among the inputs too."""
    p = Path(path)
    prefix = p.name[: -len(SIDECAR_SUFFIX)] + "."
    return any(
        parent == p.parent and name.startswith(prefix) and not name.endswith(SIDECAR_SUFFIX)
        for parent, name in others
    )


def _read_path(
    path: str,
    published: dt.date | None,
    source: str | None,
    stdin: TextIO | BinaryIO | None,
    inputs: frozenset[tuple[Path, str]],
) -> Iterator[Article | InputError]:
    if path == STDIN_PATH:
        yield from _read_stdin(stdin, published, source)
        return
    suffix = Path(path).suffix.lower()
    if suffix == ".jsonl":
        yield from _read_jsonl_file(path, published, source)
    elif path.lower().endswith(SIDECAR_SUFFIX):
        if _sidecar_with_report(path, inputs):
            # A glob such as reports/* names sidecars too; they are read with their report.
            log.debug("%s: sidecar, read with its report", path)
            return
        raise InputError(
            "a metadata sidecar, not a report (pass the report it describes)", source=path
        )
    elif suffix == ".json":
        text = _decode_report(_read_file(path), path)
        obj = _parse_json(text, path)
        yield from _json_document(obj, path, Path(path).stem, published, source)
    else:
        yield _single_report(path, published, source)


def read_inputs(
    paths: Sequence[str],
    *,
    published: str | None = None,
    source: str | None = None,
    stdin: TextIO | BinaryIO | None = None,
) -> Iterator[Article | InputError]:
    """Each report of ``paths`` in order as an ``Article``, or an ``InputError`` in its place.

    ``-`` is standard input (``stdin``, else ``sys.stdin``): JSONL when every non-blank line
    starts with ``{``, else one plain-text report with id ``stdin``. ``published`` and
    ``source`` override a sidecar's values and fill in what JSON records lack. A malformed
    ``published`` yields one error naming ``--published`` and nothing else: the CLI should
    call ``parse_published`` itself first. Nothing a user does makes this raise.
    """
    try:
        day = parse_published(published, origin="--published")
    except InputError as err:
        yield err
        return
    source = (source.strip() or None) if source else None
    inputs = frozenset((Path(p).parent, Path(p).name) for p in paths if p != STDIN_PATH)
    for path in paths:
        try:
            yield from _read_path(path, day, source, stdin, inputs)
        except InputError as err:
            yield err
