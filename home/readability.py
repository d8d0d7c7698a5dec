"""Dutch reading ease (Flesch–Douma) for course text.

Douma's adaptation of Flesch for Dutch: 206.84 − 0.77 × syllables per 100 words − 0.93 × words per
sentence. Roughly: 60–70 is plain Dutch that a B1 reader follows, below 50 is hard. Syllables are
counted as groups of vowels, with Dutch double vowels and diphthongs (aa, ee, ij, ui, oe, ...) as one.
"""

import re
from html import unescape

VOWEL_GROUP = re.compile(r"[aeiouyàáâäèéêëìíîïòóôöùúûü]+", re.IGNORECASE)
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)
SENTENCE_END = re.compile(r"[.!?:;]+(?=\s|$)")
TAG = re.compile(r"<[^>]+>")
BLOCK_END = re.compile(r"</(p|li|h[1-6]|dt|dd|td|th)>", re.IGNORECASE)


def plain_text(html):
    """Text from HTML, with block ends (paragraphs, list items, headings) counted as sentence ends."""
    return unescape(TAG.sub(" ", BLOCK_END.sub(". ", html)))


def syllables(word):
    # A vowel group is one syllable (ee, ij, oe, ui, ...); "ie" after another vowel group still counts once.
    return max(1, len(VOWEL_GROUP.findall(word)))


def flesch_douma(text):
    words = WORD.findall(text)
    if not words:
        return None
    sentences = max(1, len([s for s in SENTENCE_END.split(text) if WORD.search(s)]))
    syllables_per_100 = 100 * sum(syllables(w) for w in words) / len(words)
    words_per_sentence = len(words) / sentences
    return 206.84 - 0.77 * syllables_per_100 - 0.93 * words_per_sentence


def stream_text(stream_value):
    """All learner-facing text of a StreamField value, as HTML-ish text."""
    parts = []

    def walk(value):
        if value is None:
            return
        if hasattr(value, "source"):  # RichText
            parts.append(value.source)
        elif isinstance(value, str):
            parts.append(f"<p>{value}</p>")
        elif isinstance(value, dict) or hasattr(value, "items"):
            for key, child in value.items():
                if key not in {"category", "kind", "url", "phone", "image", "video", "show_coordinator"}:
                    walk(child)
        elif isinstance(value, list | tuple) or hasattr(value, "__iter__"):
            for child in value:
                walk(getattr(child, "value", child))

    for block in stream_value:
        walk(block.value)
    return "\n".join(parts)
