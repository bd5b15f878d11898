"""Rate a notice genuine, unverified or suspicious, with reasons a reader can check.

Every signal that fires adds one reason (``"dmarc=fail header.from=amazon.com"``,
``"link to amaz0n-verify.info, not an Amazon domain"``). Signals come in three
kinds:

*Proof* (makes a notice ``genuine`` when nothing strong speaks against it):
  - ``dmarc=pass`` for the notice's own Amazon From domain, or
  - ``dkim=pass`` for an Amazon ``d=`` on a notice whose From is Amazon,
  read from the receiving server's ``Authentication-Results`` (or, when that
  server vouches for the ARC chain with ``arc=pass``, from the newest
  ``ARC-Authentication-Results``). SPF alone is never proof: it checks the
  envelope sender, which for Amazon is the shared ``amazonses.com``. A pass for
  a non-Amazon domain proves nothing and is only noted. With
  ``verify_dkim=True`` (or ``CANCEL_MAIL_VERIFY_DKIM=1``) and the raw message,
  dkimpy checks the DKIM signatures itself, fetching keys from DNS.

*Strong red flags* (any one makes a notice ``suspicious``):
  - a From address outside Amazon's domains, a look-alike domain, or the
    display name "Amazon" on such an address; a Reply-To outside Amazon;
  - homoglyphs (Latin mixed with Greek or Cyrillic letters in one word),
    zero-width or combining characters in the display name or subject, or the
    name Amazon broken up there ("Ama zon": what is left when a parser has
    turned a zero-width space into a plain one);
  - authentication that fails for an Amazon domain (dmarc, dkim, spf), a
    Return-Path outside Amazon and amazonses.com, or DKIM signatures from
    other domains only; these last four are overruled by proof, because mail
    forwarded by a server keeps its DMARC pass but rewrites the envelope;
  - a link to a domain outside Amazon's, to an IP address, through a URL
    shortener, or whose text shows one domain while it goes to another; a
    mailto: link to a look-alike of Amazon's domains;
  - an order number not of Amazon's 3-7-7 digit shape, a phone number to call,
    a request for card details, a security code or a password (a sentence with
    a negation, like the footer "Amazon will never ask you for your
    password", does not count), an attachment that can carry code or a form;
  - what the look-alike check (lookalike.py) found wrong with a cancellation
    claimed in Amazon's name (``content_flags``).
  The links, the subject's characters and these content flags are overruled
  by proof too: with an aligned Amazon DKIM or DMARC pass the body is
  Amazon's own, so a genuine payment notice saying "If your card number has
  changed, update it in Your Account" is no phishing, and neither is anything
  else it says or links to.

*Weak signals* (noted; three different ones together make ``suspicious``,
fewer never do, because genuine mail shows each now and then: Amazon itself
writes "Dear Amazon.com Customer"):
  - a deadline to act ("within 24 hours", "account will be suspended");
  - a generic greeting ("Dear Customer", "Sehr geehrter Kunde", "Cher client");
  - other attachments (images, calendar files);
  - in a forwarded notice, a link to an ordinary non-Amazon domain (the
    forwarder's own signature may carry one);
  - a mailto: link to an ordinary non-Amazon address (the quoted header block
    of a forward links the recipient's own address).
  - a threat to cancel the order unless the reader acts, found by
    lookalike.py (``weak_signs``).

Verdict: suspicious on a strong flag (or three weak kinds, without proof);
otherwise genuine with proof; otherwise unverified. A forwarded notice is at best unverified: the
headers that could prove its origin belong to the forwarding hop, not to
Amazon's mail.

Amazon's domains are the marketplace table's (marketplaces.toml) and their
subdomains, compared label by label from the right, so ``amazon.xsecur.xyz``
and ``amazon-orders-support.com`` are not Amazon's, whatever their spelling. For
links, Amazon's own short domains count too: ``a.co`` (used in Amazon's mail),
``amzn.to``, ``amzn.eu``, ``amzn.asia`` and ``amzn.com``. ``amzn.to`` is a
shortener, but Amazon's own: it only leads to Amazon pages, so it hides nothing.
Image hosts ``media-amazon.com``, ``images-amazon.com`` and
``ssl-images-amazon.com`` are Amazon's too (seen in genuine order mail).
"""

from __future__ import annotations

import contextlib
import functools
import ipaddress
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from email.utils import parseaddr
from functools import lru_cache
from urllib.parse import parse_qs, unquote, urlsplit

import authres
from confusable_homoglyphs import categories, confusables
from publicsuffixlist import PublicSuffixList

from . import lang, marketplaces, sentences
from .models import Authenticity, Link, NoticeFields, ParsedMessage, Verdict

__all__ = [
    "AMAZON_DOMAINS",
    "assess",
    "domain_in_link_text",
    "is_amazon_domain",
    "is_amazon_link_host",
    "look_alike_letters",
    "reads_as",
    "registrable_domain",
]


def _words(key: str) -> re.Pattern[str]:
    pattern = lang.regex(key)
    if pattern is None:
        raise LookupError(f"the language layer defines no {key!r}")
    return pattern


def _alternatives(key: str) -> str:
    return "|".join(f"(?:{term})" for term in lang.terms(key))


# fmt: off
# Amazon's domains: every marketplace's, from the one table (marketplaces.toml).
AMAZON_DOMAINS: frozenset[str] = marketplaces.DOMAINS
# Domains Amazon's mail links to besides the marketplaces (see the docstring).
_AMAZON_LINK_DOMAINS = frozenset({
    "a.co", "amzn.to", "amzn.eu", "amzn.asia", "amzn.com", "media-amazon.com",
    "ssl-images-amazon.com", "images-amazon.com",
})
# Amazon SES: Amazon's envelope sender, but a service any customer can send with.
_SES = "amazonses.com"

_SHORTENERS = frozenset({
    "bit.ly", "bitly.com", "tinyurl.com", "t.co", "goo.gl", "ow.ly", "is.gd", "buff.ly",
    "rebrand.ly", "cutt.ly", "shorturl.at", "rb.gy", "t.ly", "tiny.cc", "s.id", "v.gd",
    "shorte.st", "bl.ink", "short.io", "tiny.one", "qrco.de", "lnkd.in",
})
# fmt: on
_RISKY_ATTACHMENT = re.compile(
    r"\.(?:html?|shtml|svg|zip|rar|7z|gz|tar|iso|img|exe|scr|com|bat|cmd|js|vbs|jar|msi|"
    r"lnk|docm|xlsm|pptm|doc|xls|pdf|one)$|^(?:text/html|application/)",
    re.IGNORECASE,
)
_IGNORED_ATTACHMENT = re.compile(r"\.eml$|^message/rfc822$", re.IGNORECASE)

_DKIM_ENV = "CANCEL_MAIL_VERIFY_DKIM"


@lru_cache(maxsize=1)
def _psl() -> PublicSuffixList:
    return PublicSuffixList()


def _clean_host(host: str) -> str:
    host = host.strip().strip(".").lower()
    if host.startswith("[") and host.endswith("]"):
        return host[1:-1]
    return host


@lru_cache(maxsize=4096)
def registrable_domain(host: str) -> str:
    """The domain someone registered (``xsecur.xyz`` for ``amazon.xsecur.xyz``);
    the host itself when the public suffix list has no answer (IPs, one label)."""
    host = _clean_host(host)
    if not host:
        return ""
    if not host.isascii():
        with contextlib.suppress(UnicodeError):
            host = host.encode("idna").decode("ascii")
    found = _psl().privatesuffix(host)
    return str(found) if found else host


def is_amazon_domain(host: str) -> bool:
    """True for an Amazon marketplace domain or a subdomain of one."""
    # Label by label, not by registrable domain: the public suffix list makes
    # "com.be" the registrable domain of Amazon's amazon.com.be.
    return marketplaces.of_domain(_clean_host(host)) is not None


def is_amazon_link_host(host: str) -> bool:
    """True for a host Amazon's own mail links to: its marketplaces, its short
    links (a.co, amzn.to...) and its image hosts."""
    return _is_amazon_link_host(host)


def _is_amazon_link_host(host: str) -> bool:
    reg = registrable_domain(host)
    return is_amazon_domain(host) or reg in _AMAZON_LINK_DOMAINS or host in _AMAZON_LINK_DOMAINS


def _looks_like_amazon(host: str) -> bool:
    """A crude skeleton test, only to word the reason ("look-alike"); the decision
    itself never rests on it."""
    skeleton = host.lower().replace("0", "o").replace("rn", "m").replace("1", "l")
    skeleton = skeleton.replace("vv", "w").replace("-", "")
    return "amazon" in skeleton or "amzn" in skeleton or "amaz" in skeleton


def _addr_domain(addr: str) -> str:
    _, email = parseaddr(addr)
    email = email or addr.strip().strip("<>")
    return _clean_host(email.rpartition("@")[2]) if "@" in email else ""


def _show_domain(host: str) -> str:
    """The host, with its registrable domain when that differs."""
    reg = registrable_domain(host)
    shown = host
    if host.startswith("xn--") or ".xn--" in host:
        try:
            shown = f"{host} ({host.encode('ascii').decode('idna')})"
        except UnicodeError:
            shown = host
    if reg and reg != host:
        return f"{shown} (registered domain {reg})"
    return shown


# --- the verdict's ledger ------------------------------------------------------

# Ends the note on a pass for a domain that is not Amazon's (the bulk mailer's
# own DKIM, say). Reports leave such notes off a genuine notice: beside the
# proof they only look like a doubt.
PROVES_NOTHING = "proves nothing: not an Amazon domain"


def proves_nothing(reason: str) -> bool:
    """True for a reason that records a pass which says nothing about origin."""
    return reason.endswith(PROVES_NOTHING)



@dataclass
class _Ledger:
    proof: list[str] = field(default_factory=list)
    strong: list[str] = field(default_factory=list)
    # Strong unless proof overrules it (envelope and signature facts).
    overrulable: list[str] = field(default_factory=list)
    # Strong unless proof overrules it: what the mail says and links to. With
    # an aligned Amazon DKIM or DMARC pass the words are Amazon's own, however
    # they read ("If your card number has changed, update it in Your Account").
    content: list[str] = field(default_factory=list)
    weak: dict[str, str] = field(default_factory=dict)  # kind -> reason
    notes: list[str] = field(default_factory=list)
    receiver: str | None = None  # authserv-id of the trusted Authentication-Results

    def add(self, bucket: list[str], reason: str) -> None:
        if reason not in bucket:
            bucket.append(reason)


# --- entry point ---------------------------------------------------------------

DnsFunc = Callable[..., bytes | None]


def assess(
    msg: ParsedMessage,
    fields: NoticeFields,
    *,
    raw: bytes | None = None,
    verify_dkim: bool | None = None,
    dkim_dns: DnsFunc | None = None,
    content_flags: Iterable[str] = (),
    weak_signs: Mapping[str, str] | None = None,
) -> Authenticity:
    """Rate one notice. ``raw`` (the message bytes) is needed only for
    ``verify_dkim``; that defaults to the ``CANCEL_MAIL_VERIFY_DKIM`` environment
    variable and is off unless set, since it queries DNS. ``dkim_dns`` replaces
    the DNS lookup (dkimpy's ``dnsfunc``), for tests and offline key stores.
    ``content_flags`` (strong, overruled by proof) and ``weak_signs`` (kind ->
    reason) are what other checks found in the text, such as lookalike.py."""
    ledger = _Ledger()
    for flag in content_flags:
        ledger.add(ledger.content, flag)
    ledger.weak.update(weak_signs or {})
    forwarded = msg.forwarded or _looks_forwarded(msg)
    from_domain = _addr_domain(msg.from_addr)

    _check_sender(msg, from_domain, forwarded, ledger)
    if not forwarded:
        _check_envelope(msg, ledger)
    _check_auth_results(msg, from_domain, ledger)
    if verify_dkim is None:
        verify_dkim = os.environ.get(_DKIM_ENV, "").strip().lower() in {"1", "true", "yes", "on"}
    if verify_dkim:
        _check_dkim_crypto(raw, from_domain, ledger, dkim_dns)
    _check_characters(msg, ledger)
    _check_links(msg.links, forwarded, ledger)
    _check_content(msg, fields, ledger)

    return _decide(ledger, forwarded, msg)


def _decide(ledger: _Ledger, forwarded: bool, msg: ParsedMessage) -> Authenticity:
    has_proof = bool(ledger.proof) and not forwarded
    strong = list(ledger.strong)
    if has_proof:
        ledger.notes.extend(
            f"{r} (overruled by the authentication pass)"
            for r in (*ledger.overrulable, *ledger.content)
        )
    else:
        strong.extend(ledger.overrulable)
        strong.extend(ledger.content)
    weak = list(ledger.weak.values())
    if strong:
        return Authenticity(
            verdict=Verdict.SUSPICIOUS, reasons=strong + weak + ledger.proof + ledger.notes
        )
    if len(weak) >= 3 and not has_proof:
        return Authenticity(
            verdict=Verdict.SUSPICIOUS,
            reasons=[f"{len(weak)} warning signs together", *weak, *ledger.proof, *ledger.notes],
        )
    if has_proof:
        return Authenticity(verdict=Verdict.GENUINE, reasons=ledger.proof + weak + ledger.notes)
    why: list[str] = []
    if forwarded:
        who = f" by {msg.outer_from}" if msg.outer_from else ""
        why.append(f"forwarded{who}: the original's authentication cannot be checked")
        why.extend(f"{r} (in the forwarded copy; cannot be checked)" for r in ledger.proof)
    else:
        if ledger.receiver is None:
            why.append("no proof of origin: no Authentication-Results from a receiving server")
        else:
            by = f" from {ledger.receiver}" if ledger.receiver != "unnamed" else ""
            why.append(
                f"no proof of origin: the Authentication-Results{by} show no DKIM or "
                f"DMARC pass for an Amazon domain"
            )
    return Authenticity(verdict=Verdict.UNVERIFIED, reasons=why + weak + ledger.notes)


# --- sender ---------------------------------------------------------------------

_FORWARD_SUBJECT = re.compile(
    rf"^\s*(?:{_alternatives('forward.subject_prefixes')})\s*[:：]", re.I
)


def _looks_forwarded(msg: ParsedMessage) -> bool:
    # A forward that the parser could not unwrap: the From is the forwarder's.
    return (
        bool(_FORWARD_SUBJECT.match(msg.subject))
        and not is_amazon_domain(_addr_domain(msg.from_addr))
        and not _claims_amazon(msg.from_name)
    )


def reads_as(text: str) -> str:
    """``text`` as it reads to the eye, lower case: NFKC-folded, every character
    Unicode lists as confusable with a Latin letter or digit replaced by it,
    invisible and combining characters dropped.

    A cheap cousin of ``_skeleton`` for the sniff, which sees every message: one
    table lookup per character (``_skeleton`` asks the confusables data about
    the whole string, about 0.5 ms for a short non-ASCII header)."""
    folded = unicodedata.normalize("NFKC", text)
    if folded.isascii():
        return folded.lower()
    return folded.translate(_reading_table()).lower()


@functools.cache
def look_alike_letters() -> dict[str, str]:
    """Each character Unicode lists as confusable with a Latin letter or digit,
    and that letter or digit."""
    found: dict[str, str] = {}
    for char, homoglyphs in confusables.confusables_data.items():
        if len(char) != 1 or char.isascii():
            continue
        latin = next(
            (c for h in homoglyphs if len(c := h["c"]) == 1 and c.isascii() and c.isalnum()),
            None,
        )
        if latin is not None:
            found[char] = latin
    return found


@functools.cache
def _reading_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {ord(c): latin for c, latin in look_alike_letters().items()}
    for code in range(0x80, 0x10000):
        char = chr(code)
        if unicodedata.combining(char) or (_is_invisible(char) and char not in _DIRECTION_MARKS):
            table[code] = None
    return table


@functools.lru_cache(maxsize=4096)
def _skeleton(text: str) -> str:
    """Text with Greek/Cyrillic look-alikes replaced by Latin letters, NFKC-folded."""
    text = unicodedata.normalize("NFKC", text)
    found = confusables.is_confusable(text, greedy=True, preferred_aliases=["latin"])
    if found:
        for item in found:
            homoglyphs = item.get("homoglyphs") or []
            latin = next((h["c"] for h in homoglyphs if h["c"].isascii()), None)
            if latin:
                text = text.replace(item["character"], latin)
    return "".join(c for c in text if not _is_invisible(c) and not unicodedata.combining(c))


_BRAND = _words("authenticity.brand_names")


def _claims_amazon(name: str) -> bool:
    skeleton = _skeleton(name)
    return "amaz0n" in skeleton.lower() or _BRAND.search(skeleton) is not None


def _check_sender(msg: ParsedMessage, from_domain: str, forwarded: bool, ledger: _Ledger) -> None:
    if not from_domain:
        ledger.weak["sender"] = "no sender address"
    elif not is_amazon_domain(from_domain):
        if forwarded and not msg.forwarded:
            ledger.notes.append(f"sender {from_domain} is the forwarder, not Amazon")
        elif _claims_amazon(msg.from_name):
            ledger.add(
                ledger.strong,
                f"display name {msg.from_name.strip()!r} on {msg.from_addr}, not an Amazon address",
            )
        elif registrable_domain(from_domain) == _SES:
            ledger.add(
                ledger.strong,
                f"sender {from_domain} is Amazon SES, a mail service open to anyone; "
                f"Amazon's own notices come from its marketplace domains",
            )
        elif _looks_like_amazon(from_domain):
            ledger.add(
                ledger.strong,
                f"sender domain {_show_domain(from_domain)} imitates Amazon but is not Amazon's",
            )
        else:
            ledger.add(ledger.strong, f"sender {from_domain} is not an Amazon domain")
    reply_domain = _addr_domain(msg.reply_to) if msg.reply_to else ""
    if reply_domain and not is_amazon_domain(reply_domain) and not forwarded:
        ledger.add(ledger.strong, f"replies go to {reply_domain}, not an Amazon domain")


_SRS = re.compile(r"^srs[01][=+-].*?=[^=@]*=([^=@]+)=", re.I)


def _check_envelope(msg: ParsedMessage, ledger: _Ledger) -> None:
    if msg.return_path:
        domain = _addr_domain(msg.return_path)
        local = parseaddr(msg.return_path)[1].partition("@")[0]
        srs = _SRS.match(local) if len(local) <= 256 else None
        if srs and (is_amazon_domain(srs.group(1)) or registrable_domain(srs.group(1)) == _SES):
            ledger.notes.append(f"Return-Path rewritten by a forwarding server ({domain})")
        elif domain and not is_amazon_domain(domain) and registrable_domain(domain) != _SES:
            ledger.add(
                ledger.overrulable, f"Return-Path {domain} is neither Amazon nor amazonses.com"
            )
    signers = [d for d in _dkim_signature_domains(msg) if d]
    if signers and not any(is_amazon_domain(d) for d in signers):
        others = sorted({d for d in signers if registrable_domain(d) != _SES})
        if others:
            ledger.add(
                ledger.overrulable,
                f"DKIM-signed by {', '.join(others)} only, not by an Amazon domain",
            )
        else:
            ledger.notes.append(
                "DKIM-signed by amazonses.com only, which any Amazon SES customer can do"
            )


def _dkim_signature_domains(msg: ParsedMessage) -> list[str]:
    domains = []
    for value in msg.headers.get("dkim-signature", []):
        found = re.search(r"(?:^|;)\s*d\s*=\s*([^;\s]+)", value)
        if found:
            domains.append(_clean_host(found.group(1)))
    return domains


# --- Authentication-Results -----------------------------------------------------


@dataclass(frozen=True)
class _Result:
    method: str
    result: str
    ptype: str
    pname: str
    value: str
    via_arc: bool = False

    @property
    def domain(self) -> str:
        return _clean_host(self.value.rpartition("@")[2])

    def __str__(self) -> str:
        if not self.value:
            return f"{self.method}={self.result}"
        return f"{self.method}={self.result} {self.ptype}.{self.pname}={self.value}"


# authres raises its own errors for bad syntax, but a few malformed values reach
# plain Python errors inside it; either way the header is unreadable, not fatal.
_AUTHRES_ERRORS = (authres.AuthResError, ValueError, IndexError, TypeError, AttributeError)


def _parse_ar(value: str) -> tuple[str, list[_Result]] | None:
    value = " ".join(value.split())
    try:
        header = authres.AuthenticationResultsHeader.parse_value(value)
    except _AUTHRES_ERRORS:
        # Microsoft 365 writes results without the authserv-id RFC 8601 asks for.
        try:
            header = authres.AuthenticationResultsHeader.parse_value("unnamed; " + value)
        except _AUTHRES_ERRORS:
            return None
    results: list[_Result] = []
    for res in header.results:
        method = str(getattr(res, "method", "none")).lower()
        if method == "none":
            continue
        wanted = {"dkim": ("d", "i"), "dmarc": ("from",), "spf": ("mailfrom", "helo")}.get(
            method, ()
        )
        prop = None
        for name in wanted:
            props = getattr(res, "properties", None) or []
            prop = next((p for p in props if str(p.name).lower() == name), None)
            if prop is not None:
                break
        results.append(
            _Result(
                method=method,
                result=str(getattr(res, "result", "")).lower(),
                ptype=str(prop.type) if prop else "",
                pname=str(prop.name) if prop else "",
                value=str(prop.value).lower() if prop else "",
            )
        )
    return str(header.authserv_id or ""), results


def _trusted_results(msg: ParsedMessage, ledger: _Ledger) -> list[_Result]:
    """Results from the receiving server: the topmost header's authserv-id. A
    sender can put any Authentication-Results it likes below it; RFC 8601 asks
    the receiver to strip forged ones with its own id."""
    parsed = [p for v in msg.headers.get("authentication-results", []) if (p := _parse_ar(v))]
    if not parsed:
        return []
    server = parsed[0][0]
    ledger.receiver = server
    trusted: list[_Result] = []
    for authserv_id, results in parsed:
        if authserv_id == server:
            trusted.extend(results)
        else:
            ledger.notes.append(
                f"ignored Authentication-Results from {authserv_id or 'an unnamed server'}: "
                f"not the receiving server"
            )
    if any(r.method == "arc" and r.result == "pass" for r in trusted):
        trusted.extend(_arc_results(msg))
    return trusted


def _arc_results(msg: ParsedMessage) -> list[_Result]:
    newest: tuple[int, list[_Result]] = (0, [])
    for value in msg.headers.get("arc-authentication-results", []):
        found = re.match(r"\s*i\s*=\s*(\d+)\s*;(.*)", value, re.S)
        if not found:
            continue
        parsed = _parse_ar(found.group(2))
        if parsed and int(found.group(1)) > newest[0]:
            newest = (int(found.group(1)), parsed[1])
    return [
        _Result(r.method, r.result, r.ptype, r.pname, r.value, via_arc=True)
        for r in newest[1]
        if r.method != "arc"
    ]


_FAILS = {"fail", "softfail", "permerror", "quarantine", "reject"}


def _check_auth_results(msg: ParsedMessage, from_domain: str, ledger: _Ledger) -> None:
    results = _trusted_results(msg, ledger)
    if not results:
        if msg.headers.get("authentication-results"):
            ledger.notes.append("Authentication-Results could not be read")
        return
    from_is_amazon = is_amazon_domain(from_domain)
    signers = {registrable_domain(d) for d in _dkim_signature_domains(msg)}
    for res in results:
        domain = res.domain
        amazonish = is_amazon_domain(domain) or (
            res.method == "spf" and registrable_domain(domain) == _SES
        )
        if res.result == "pass":
            if not domain:
                continue
            if not is_amazon_domain(domain):
                if res.method != "spf" or registrable_domain(domain) != _SES:
                    ledger.notes.append(f"{res} {PROVES_NOTHING}")
                continue
            if (
                res.method == "dmarc"
                and from_is_amazon
                and (registrable_domain(domain) == registrable_domain(from_domain))
            ):
                ledger.add(ledger.proof, str(res))
            elif res.method == "dkim" and from_is_amazon:
                if signers and registrable_domain(domain) not in signers and not res.via_arc:
                    # The message carries signatures, none by this domain:
                    # the result was written by someone else than the receiver.
                    ledger.add(
                        ledger.strong,
                        f"{res} claimed, but the message has no DKIM signature from {domain}",
                    )
                else:
                    ledger.add(ledger.proof, str(res))
        elif res.result in _FAILS and amazonish:
            bucket = ledger.strong if res.method == "dmarc" else ledger.overrulable
            ledger.add(bucket, str(res))


def _check_dkim_crypto(
    raw: bytes | None, from_domain: str, ledger: _Ledger, dns: DnsFunc | None
) -> None:
    if raw is None:
        ledger.notes.append("DKIM verification asked for, but the raw message was not given")
        return
    try:
        import dkim  # optional extra "dkim": only needed behind this flag
    except ImportError:
        ledger.notes.append("DKIM verification asked for, but dkimpy is not installed")
        return
    try:
        checker = dkim.DKIM(raw)
    except Exception as exc:  # dkimpy's header parser lets plain errors through
        ledger.notes.append(f"DKIM signatures could not be read: {exc}")
        return
    kwargs = {"dnsfunc": dns} if dns is not None else {}
    signatures = [v for n, v in checker.headers if n.lower() == b"dkim-signature"]
    for index, header in enumerate(signatures):
        found = re.search(rb"(?:^|;)\s*d\s*=\s*([^;\s]+)", header)
        domain = found.group(1).decode("ascii", "replace").lower() if found else ""
        if not is_amazon_domain(domain):
            continue  # only Amazon's signatures can prove or disprove anything here
        checker.pk = None  # set by dkimpy only once a key was fetched and parsed
        try:
            ok = bool(checker.verify(idx=index, **kwargs))
        except dkim.ValidationError:
            ok = False  # the signature was checked and does not hold
        except Exception as exc:  # DKIMException, or a resolver error dkimpy lets through
            ledger.notes.append(f"DKIM signature of {domain} could not be checked: {exc}")
            continue
        if not ok and checker.pk is None:
            # dkimpy answers False, not an error, when DNS has no usable key.
            ledger.notes.append(f"DKIM signature of {domain} could not be checked: no key in DNS")
        elif ok and is_amazon_domain(from_domain):
            ledger.add(ledger.proof, f"DKIM signature of {domain} verified")
        elif not ok:
            ledger.add(ledger.overrulable, f"DKIM signature of {domain} does not verify")


# --- characters -----------------------------------------------------------------

_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u2061\u2062\u2063\u2064")


# Direction marks belong in Arabic and Hebrew text (amazon.ae, amazon.sa, amazon.eg).
_DIRECTION_MARKS = frozenset("\u200e\u200f\u061c")


def _stray_marks(composed: str) -> list[str]:
    """Combining marks left on Latin letters after NFC composition: an accent
    that has no composed letter is there to disguise. The vowel marks of Arabic
    and the other scripts that write them apart belong there."""
    stray, base = [], ""
    for char in composed:
        if not unicodedata.combining(char):
            base = char
        elif not base or base.isascii() or "LATIN" in unicodedata.name(base, ""):
            stray.append(char)
    return stray


def _is_invisible(char: str) -> bool:
    if char in _DIRECTION_MARKS:
        return False
    return char in _INVISIBLE or unicodedata.category(char) == "Cf"


@functools.lru_cache(maxsize=4096)
def _scripts(word: str) -> frozenset[str]:
    # Names, subjects and link hosts repeat from notice to notice; the lookup
    # goes character by character through the Unicode tables.
    return frozenset(categories.unique_aliases(word))


def _check_characters(msg: ParsedMessage, ledger: _Ledger) -> None:
    # The subject is content: with proof it is Amazon's own (a product title may
    # carry an emoji joined by zero-width joiners). The display name is who speaks.
    for label, text, bucket in (
        ("display name", msg.from_name, ledger.strong),
        ("subject", msg.subject, ledger.content),
    ):
        if any(_is_invisible(c) for c in text):
            ledger.add(bucket, f"{label} hides zero-width characters")
        # The parser may already have turned a zero-width space into a plain one:
        # "Ama zon" is then what is left of the trick.
        squeezed = re.sub(r"[\s.\-_*]+", "", _skeleton(text).lower())
        if "amazon" in squeezed and not re.search(r"amazon", _skeleton(text), re.I):
            ledger.add(bucket, f"{label} breaks up the name Amazon: {text.strip()!r}")
        composed = unicodedata.normalize("NFC", text)
        marks = _stray_marks(composed)
        if marks:
            names = ", ".join(sorted({unicodedata.name(c, "?").lower() for c in marks}))
            ledger.add(bucket, f"{label} carries stray combining marks ({names})")
        for word in re.findall(r"\w+", composed):
            scripts = _scripts(word)
            foreign = scripts & {"GREEK", "CYRILLIC"}
            if "LATIN" in scripts and foreign:
                ledger.add(
                    bucket,
                    f"{label} mixes Latin with {'/'.join(sorted(s.title() for s in foreign))} "
                    f"letters in {word!r}",
                )


# --- links ----------------------------------------------------------------------

# An address shown in link text: after "http(s)://" or "www.", or the whole text
# being a bare domain ("amazon.com/orders"). Prose such as "Thanks.Details" is
# no address. Possessive repeats keep this linear on long texts without dots.
_HOST = r"((?:[a-z0-9][a-z0-9-]{0,62}+\.)++[a-z]{2,24})(?![a-z0-9-])"
_DOMAIN_IN_TEXT = re.compile(
    rf"(?:https?://|\bwww\.)(?=[a-z0-9]){_HOST}|^\s*{_HOST}(?:[/:?#]\S*)?\s*$", re.I
)
# Longer link texts are prose, not an address the reader is meant to check.
_LINK_TEXT_LIMIT = 300


def domain_in_link_text(text: str) -> str | None:
    """The address a link's text shows the reader ("www.amazon.com/orders"), if any."""
    shown = _DOMAIN_IN_TEXT.search(text[:_LINK_TEXT_LIMIT])
    return _shown_host(shown) if shown else None


def _shown_host(shown: re.Match[str]) -> str:
    """The host of a _DOMAIN_IN_TEXT match: after a scheme or "www.", or alone."""
    return _clean_host(shown.group(1) or shown.group(2))


def _unwrap(href: str) -> str:
    """The destination behind a link-protection rewriter (Outlook Safe Links,
    Google redirects, Proofpoint v3), so genuine mail seen through a company
    mailbox is judged by where its links really go."""
    parts = urlsplit(href)
    host = (parts.hostname or "").lower()
    query = parse_qs(parts.query)
    if host.endswith("safelinks.protection.outlook.com") and "url" in query:
        return query["url"][0]
    if host in {"www.google.com", "google.com"} and parts.path == "/url":
        for key in ("q", "url"):
            if key in query:
                return query[key][0]
    if host == "urldefense.com" and parts.path.startswith("/v3/__"):
        inner = href.split("/v3/__", 1)[1].split("__;", 1)[0]
        return unquote(inner)
    return href


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return bool(re.fullmatch(r"(?:0x[0-9a-f]+|\d{8,10})", host))  # 0x7f000001, 2130706433
    return True


def _check_links(links: Iterable[Link], forwarded: bool, ledger: _Ledger) -> None:
    # Newsletters repeat the same link many times; judge each one once.
    unique = dict.fromkeys((link.text[:_LINK_TEXT_LIMIT], link.href.strip()) for link in links)
    for text, raw_href in unique:
        try:
            href = _unwrap(raw_href)
            parts = urlsplit(href)
        except ValueError:  # "http://[abc": a broken IPv6 literal
            ledger.add(ledger.content, "link with a malformed address")
            continue
        scheme = parts.scheme.lower()
        if scheme == "mailto":
            domain = _addr_domain(unquote(parts.path))
            if domain and not is_amazon_domain(domain):
                reason = f"mail link to {domain}, not an Amazon domain"
                # Quoted headers of a forward link the recipient's own address.
                if _looks_like_amazon(domain):
                    ledger.add(ledger.content, reason)
                else:
                    ledger.weak.setdefault("mailto", reason)
            continue
        if scheme == "tel":
            ledger.add(ledger.content, f"phone link {unquote(parts.path)} to call")
            continue
        if scheme in {"javascript", "data", "file", "vbscript"}:
            ledger.add(ledger.content, f"{scheme}: link that runs or opens content")
            continue
        if scheme not in {"http", "https"} or not parts.netloc:
            continue  # anchors and relative links lead nowhere else
        try:
            host = _clean_host(parts.hostname or "")
        except ValueError:
            host = ""
        if not host:
            ledger.add(ledger.content, "link with a malformed address")
            continue
        if _is_ip(host):
            ledger.add(ledger.content, f"link to the IP address {host}")
            continue
        reg = registrable_domain(host)
        if reg in _SHORTENERS or host in _SHORTENERS:
            ledger.add(
                ledger.content, f"link through the URL shortener {host}, which hides its target"
            )
            continue
        if not _is_amazon_link_host(host):
            reason = f"link to {_show_domain(host)}, not an Amazon domain"
            if not forwarded or _looks_like_amazon(host):
                ledger.add(ledger.content, reason)
            else:
                ledger.weak.setdefault("link", reason)
        shown_host = domain_in_link_text(text)
        if shown_host:
            shown_reg = registrable_domain(shown_host)
            both_amazon = _is_amazon_link_host(shown_host) and _is_amazon_link_host(host)
            if shown_reg != reg and not both_amazon and "." in shown_reg:
                ledger.add(
                    ledger.content, f"link text shows {shown_host} but the link goes to {host}"
                )


# --- content --------------------------------------------------------------------

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ORDER_SHAPE = re.compile(rf"^(?:{marketplaces.ORDER_NUMBER})$", re.I)
_ORDER_LABEL = re.compile(
    rf"(?:{_alternatives('authenticity.order_labels')})"
    rf"\s*(?:{_alternatives('authenticity.order_number_words')})?"
    r"\s*[:#：]?\s*#?\s*([A-Z0-9][A-Z0-9-]{4,40})",
    re.I,
)

# The words come from the language layer (cancel_mail/lang/*.toml, table
# [authenticity]), every language at once: an imitation may mix languages, and
# a check must not hang on guessing the language first.
_CALL = _words("authenticity.call")
_PHONE = re.compile(r"(?<![\w-])(\+?\(?\d[\d ().\-]{6,24}\d)(?![\w-])")
_DATE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
_DEADLINE = _words("authenticity.deadline")
_SECRETS = _words("authenticity.secrets")
_ASK = _words("authenticity.ask")
# A sentence that warns about the request, such as Amazon's own footer.
_NEGATION = _words("authenticity.denials")
# "the card number ending in 1234" names a card; it does not ask for one.
_CARD_ENDING = _words("authenticity.card_ending")
# "If your card number has changed, update it in Your Account": the reader is
# sent to the account pages, under a condition; nobody asks them for anything.
_OWN_ACCOUNT = lang.regex("authenticity.own_account")
_CONDITIONAL = lang.regex("conditionals")
_ADVICE = lang.regex("authenticity.advice")
_GREETING = _words("authenticity.greetings")
_MENU_PATH = re.compile(r"\w\s*[>›»]\s*\w")


def _check_sentences(text: str, order_ids: set[str], ledger: _Ledger) -> None:
    # Hard-wrapped plain-text lines are joined first: Amazon's own footer breaks
    # "you can update it" / "in Your Account" over two lines.
    pieces = sentences.split(text)
    for index, sentence in enumerate(pieces):
        # A line that stops mid-sentence ("you can update it in" / "Your Account
        # > Your Payments.") is read with the next one for what excuses it.
        # So is a line that ends in a colon: "update it here:" and the address.
        reading = sentence
        if (sentence[-1].isalnum() or sentence[-1] in ":：") and index + 1 < len(pieces):
            reading = f"{sentence} {pieces[index + 1]}"
        if _CALL.search(sentence):
            for number in _PHONE.findall(sentence):
                digits = re.sub(r"\D", "", number)
                if (
                    8 <= len(digits) <= 15
                    and not _DATE.match(number.strip())
                    and not any(number.strip() in o for o in order_ids)
                ):
                    ledger.add(ledger.content, f"asks you to call {number.strip()}")
                    break
        secret = _SECRETS.search(sentence)
        if (
            secret
            and _ASK.search(sentence)
            and not _NEGATION.search(reading)
            and not _CARD_ENDING.search(reading)
            and not _advice_to_update(reading)
        ):
            ledger.add(ledger.content, f"asks for your {secret.group(0).lower()}")
        deadline = _DEADLINE.search(sentence)
        if deadline:
            ledger.weak.setdefault("deadline", f"deadline to act: {deadline.group(0)!r}")


def _advice_to_update(sentence: str) -> bool:
    """Sent to the account pages (named, or shown as an Amazon address), under a
    condition, along a menu path ("in Il mio account > I tuoi pagamenti") or as
    a recommendation ("Ti consigliamo di verificare che ..."): the reader
    updates it there. An address shown but linked elsewhere is a reason of its
    own (_check_links)."""
    if not lang.hit(_OWN_ACCOUNT, sentence) and not _shows_an_amazon_address(sentence):
        return False
    return (
        lang.hit(_CONDITIONAL, sentence)
        or lang.hit(_ADVICE, sentence)
        or _MENU_PATH.search(sentence) is not None
    )


def _shows_an_amazon_address(sentence: str) -> bool:
    return any(
        _is_amazon_link_host(_shown_host(m)) for m in _DOMAIN_IN_TEXT.finditer(sentence)
    )


_ORDINALS = str.maketrans({"º": "°", "ª": "°"})


def _check_content(msg: ParsedMessage, fields: NoticeFields, ledger: _Ledger) -> None:
    # NFKC reads the ordinal sign of "n.º402-..." as a letter "o", which would
    # join the number; it is kept a sign.
    text = unicodedata.normalize("NFKC", f"{msg.subject}\n{msg.text}".translate(_ORDINALS))

    wrong = [o for o in fields.order_ids if not _ORDER_SHAPE.match(o)]
    for found in _ORDER_LABEL.finditer(text):
        token = found.group(1).strip("-")
        digits = sum(c.isdigit() for c in token)
        if digits >= 6 and not _ORDER_SHAPE.match(token) and not _ISO_DATE.match(token):
            wrong.append(token)
    if wrong:
        ledger.add(
            ledger.content,
            f"order number {wrong[0]} does not have Amazon's 3-7-7 digit shape",
        )

    order_ids = {m.group(0) for m in re.finditer(r"\d{3}-\d{7}-\d{7}", text)}
    # Each check below needs its pattern inside one sentence, so one search of
    # the whole text tells whether any sentence needs looking at.
    if _CALL.search(text) or _SECRETS.search(text) or _DEADLINE.search(text):
        _check_sentences(text, order_ids, ledger)

    greeting = _GREETING.search(text)
    if greeting:
        ledger.weak["greeting"] = f"generic greeting {greeting.group(0)!r}"

    for name in msg.attachments:
        if _IGNORED_ATTACHMENT.search(name):
            continue
        if _RISKY_ATTACHMENT.search(name):
            ledger.add(ledger.content, f"attachment {name} on an order notice")
        else:
            ledger.weak.setdefault("attachment", f"attachment {name} on an order notice")
