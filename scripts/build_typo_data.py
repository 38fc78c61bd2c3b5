#!/usr/bin/env python3
"""Rebuild dictionaries/typo/words.txt and dictionaries/typo/confusions.txt for the `typo` rule.

Sources (names and licences in dictionaries/typo/NOTICE):
  - pycorrector 1.1.4 wheel (Apache-2.0): data/word_freq.txt, same_pinyin.txt, same_stroke.txt,
    place_name.txt
  - jieba 0.42.1 sdist (MIT): jieba/dict.txt
  - addressparser 0.2.4 sdist (MIT): addressparser/pca.csv (province, city and county names)
  - char-similar 0.0.2 wheel (MIT per its metadata, Apache-2.0 LICENSE file): char_similar/data/
    char_stroke.dict (first-level components), char_order.dict (stroke orders), char_struct.dict,
    char_component.dict (radicals), char_number.dict (stroke counts); with pycorrector's
    common_char_set.txt they give the extra similar-shape pairs (see form_pairs); char_pinyin.dict and
    char_frequency.dict the same-sound pairs of rarer characters (see rare_sound_pairs)
  - pypinyin-dict 0.9.0 wheel (MIT): pypinyin_dict/phrase_pinyin_data/{pinyin,zdic_cibs,zdic_cybs}*.py,
    headwords only: real words the frequency lists lack (勾稽), written to known.txt (see known_words)
  - dictionaries/typo/terms.txt: our own curated list of government and policy terms (not derived)

Usage:
  python3 scripts/build_typo_data.py            # downloads the four packages with pip into a temp folder
  python3 scripts/build_typo_data.py --src DIR  # DIR holds the unpacked packages (pycorrector/, jieba/, addressparser/, char_similar/, pypinyin_dict/)

Output format (UTF-8 text, compact and fast to parse; see TypoData.swift):
  words.txt: one line per (length, cost class): `L C<TAB>w1w2w3…` with the words of that length
  concatenated; cost class C = round(ln(total / frequency) * 2), so a lower class is a more
  common word. Only words of 2–5 Chinese characters.
  confusions.txt: one line per character: `字<TAB>same sound and tone<TAB>same sound, other tone<TAB>similar shape`.
  known.txt: one line per length: `L<TAB>w1w2w3…`, the words sorted by code point (see known_words).
"""
import argparse
import csv
import glob
import math
import os
import subprocess
import sys
import tarfile
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "dictionaries", "typo")
# A name this frequent in jieba (a province, a sea, a big city) is offered as a correction.
NAME_COMMON = 200
PACKAGES = ["pycorrector==1.1.4", "jieba==0.42.1", "addressparser==0.2.4", "char-similar==0.0.2", "pypinyin-dict==0.9.0"]
# pypinyin-dict's phrase lists whose headwords are known real words (known.txt); its CC-CEDICT
# list is left out (CC BY-SA, share-alike).
KNOWN_LISTS = ["pinyin", "zdic_cibs", "zdic_cybs"]


def is_han(ch):
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def fetch(dest):
    subprocess.check_call([sys.executable, "-m", "pip", "download", "--no-deps", "-d", dest] + PACKAGES)
    for path in glob.glob(os.path.join(dest, "*")):
        if path.endswith(".whl"):
            zipfile.ZipFile(path).extractall(dest)
        elif path.endswith(".tar.gz"):
            with tarfile.open(path) as tar:
                tar.extractall(dest)


def find(src, pattern):
    hits = sorted(glob.glob(os.path.join(src, "**", pattern), recursive=True))
    if not hits:
        sys.exit(f"build_typo_data: {pattern} not found under {src}")
    return hits[0]


MASK64 = (1 << 64) - 1


def mix(value):
    """TypoLexicon.mix: a 64-bit finaliser."""
    x = value ^ (value >> 31)
    x = (x * 0x7FB5D329728EA185) & MASK64
    x ^= x >> 27
    x = (x * 0x81DADEF4BC2DD44D) & MASK64
    return x ^ (x >> 33)


def home_slot(word, bits):
    """TypoLexicon.key, mixed, top `bits` bits: where the loader puts the word."""
    key = 0
    for ch in word[:4]:
        key = (key << 16) | ord(ch)
    key <<= 16 * (4 - min(len(word), 4))
    if len(word) == 5:
        key = mix(key ^ ord(word[4])) | 1
    return mix(key) >> (64 - bits)


def read_freqs(path, sep=None):
    freqs = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split(sep)
            if len(parts) >= 2 and parts[1].strip().isdigit():
                freqs[parts[0]] = int(parts[1])
    return freqs


# Components too common to mark a slip when dropped or added (口 → 员, 木 → 林): they are radicals.
RADICAL_PARTS = set("人水手心草竹言金木土日月口火王玉石目禾米衣示车马虫足女山")


def form_pairs(src):
    """Similar-shape pairs that pycorrector's same_stroke.txt lacks, among its 3,502 common
    characters (ECSpell's 公文 slips are partly glyph-like: 完/院, 厂/广, 白/自, 菅/管). Three
    kinds, each a structural relation rather than a similarity score (char-similar's stroke
    edit distance alone, substitutions included, was far too noisy):
      - a character and its phonetic part: a left-right or top-bottom character of two parts,
        one part a common character of three or more strokes that is not its radical (院/完, 地/也);
      - one stroke more or less: the stroke orders differ by one inserted stroke (厂/广, 白/自, 木/术);
      - the same phonetic part beside another radical, both left-right (淮/准, 枧/规).
    Returns {character: set of characters}, both directions."""
    import json

    def load(name):
        with open(find(src, "char_similar/data/" + name), encoding="utf-8") as f:
            return json.load(f)

    parts, order, struct, radical, strokes = (load(n) for n in (
        "char_stroke.dict", "char_order.dict", "char_struct.dict", "char_component.dict", "char_number.dict"))
    with open(find(src, "pycorrector/data/common_char_set.txt"), encoding="utf-8") as f:
        common = {c for c in f.read().split() if len(c) == 1 and is_han(c)}
    pairs = {}

    def add(a, b):
        if a != b:
            pairs.setdefault(a, set()).add(b)
            pairs.setdefault(b, set()).add(a)

    by_phonetic = {}
    for c in sorted(common):
        split = parts.get(c)
        if not split or len(split) != 2 or struct.get(c) not in ("1", "2"):
            continue
        for part in split:
            if part in common and strokes.get(part, 0) >= 3 and part != radical.get(c) and part not in RADICAL_PARTS:
                add(c, part)
        if struct.get(c) == "1":
            by_phonetic.setdefault(split[1], []).append(c)
    for group in by_phonetic.values():
        for a in group:
            for b in group:
                add(a, b)
    by_length = {}
    for c in sorted(common):
        if c in order:
            by_length.setdefault(len(order[c]), []).append(c)
    for c in sorted(common):
        if c not in order:
            continue
        shorter = order[c]
        for d in by_length.get(len(shorter) + 1, []):
            longer = order[d]
            if any(longer[:i] + longer[i + 1:] == shorter for i in range(len(longer))):
                add(c, d)
    return pairs


def rare_sound_pairs(src):
    """Same-sound pairs for rarer characters that pycorrector's same_pinyin.txt leaves out
    (闵/民, 琦/奇, 菇/估): a character outside the 3,502 common ones, but not very rare
    (char-similar's frequency score >= 12), gets the common characters of its syllable,
    tone ignored (char-similar's first reading). One direction only: a rare character is the
    slip, the common one the correction. Fuzzy finals (in/ing, en/eng) among common characters
    were tried and raised false alarms in real documents (优享, 先审)."""
    import json

    def load(name):
        with open(find(src, "char_similar/data/" + name), encoding="utf-8") as f:
            return json.load(f)

    pinyin, frequency = load("char_pinyin.dict"), load("char_frequency.dict")
    with open(find(src, "pycorrector/data/common_char_set.txt"), encoding="utf-8") as f:
        common = {c for c in f.read().split() if len(c) == 1 and is_han(c)}
    by_syllable = {}
    for c in sorted(common):
        if c in pinyin:
            by_syllable.setdefault(pinyin[c][0], []).append(c)
    pairs = {}
    for c, reading in sorted(pinyin.items()):
        if len(c) == 1 and "\u4e00" <= c <= "\u9fff" and c not in common and frequency.get(c, 0) >= 12:
            similar = set(by_syllable.get(reading[0], ()))
            if similar:
                pairs[c] = similar
    return pairs


def known_words(src, lexicon, offered, confusable):
    """Real words (headwords of pypinyin-dict's phrase lists, gathered from dictionaries) that
    words.txt lacks, so the rule reads 勾稽 as 勾起 misspelt. They carry no frequency, so they
    do not enter the segmentation; the rule takes a suspect window that is one of them as a
    real word unless the evidence is strong (TypoKnownWords.swift). Only words of 2–4 Han
    characters that are one confusable character away from a word the rule may offer are kept:
    no other window can ever be a suspect."""
    import re
    pattern = re.compile(r"^    '([^']+)': \[", re.M)
    found = set()
    for name in KNOWN_LISTS:
        paths = glob.glob(os.path.join(src, "**", "phrase_pinyin_data", name + ".py"), recursive=True)
        paths += glob.glob(os.path.join(src, "**", "phrase_pinyin_data", name + "_[0-9]*.py"), recursive=True)
        if not paths:
            sys.exit(f"build_typo_data: pypinyin-dict's {name} list not found under {src}")
        for path in paths:
            with open(path, encoding="utf-8") as f:
                found.update(m.group(1) for m in pattern.finditer(f.read()))
    kept = set()
    for word in found:
        if not (2 <= len(word) <= 4) or not all(is_han(c) for c in word) or word in lexicon:
            continue
        if any(word[:i] + s + word[i + 1:] in offered for i, c in enumerate(word) for s in confusable.get(c, "")):
            kept.add(word)
    return kept


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--src", help="folder with the unpacked packages (default: download with pip)")
    args = parser.parse_args()
    src = args.src or tempfile.mkdtemp(prefix="typo-src-")
    if not args.src:
        fetch(src)

    words = {}
    # Rare words tagged as place or person names (ns, nr/nrt/nrfg) segment like words but
    # are never offered as corrections (kind P below): a local name one sound away from
    # another (泗洋/泗阳) is no slip. Common ones are corrections like any word (渤海, 山东,
    # 海洋: jieba's tags are loose), as are organisations (nt: 财政部, 民政厅, 中医药) and
    # "person names" of four or more characters (多劳多得 is tagged nrt).
    names = set()
    for path in (find(src, "jieba/dict.txt"), find(src, "pycorrector/data/word_freq.txt")):
        for word, freq in read_freqs(path).items():
            words[word] = max(words.get(word, 0), freq)
        with open(path, encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if len(parts) < 3 or not parts[1].isdigit():
                    continue
                if (parts[2] == "ns" or (parts[2] in ("nr", "nrt", "nrfg") and len(parts[0]) <= 3)) and int(parts[1]) < NAME_COMMON:
                    names.add(parts[0])
    # Single characters keep their frequency as words: the segmenter needs it.
    chars = {w: f for w, f in words.items() if len(w) == 1 and is_han(w)}
    total = sum(words.values())

    # Place names: pycorrector's list (frequencies from a news corpus) and the
    # administrative divisions of addressparser, with and without their suffix.
    places = read_freqs(find(src, "pycorrector/data/place_name.txt"), sep="\t")
    with open(find(src, "addressparser/pca.csv"), encoding="utf-8") as f:
        for row in csv.reader(f):
            for name in row[1:4]:
                if not name:
                    continue
                places.setdefault(name, 5)
                for suffix in ("特别行政区", "自治州", "自治县", "自治区", "地区", "省", "市", "区", "县", "旗", "盟"):
                    if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                        places.setdefault(name[: -len(suffix)], 5)
                        break
    # A name only in the place lists segments like a word but is never offered as a
    # correction: real documents are full of local names one sound away from another.
    place_only = set(names)
    for name, freq in places.items():
        if name not in words:
            place_only.add(name)
        words[name] = max(words.get(name, 0), min(freq, 50))

    # Our curated government and policy vocabulary: common enough to win any segmentation.
    with open(os.path.join(OUT, "terms.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            for term in line.split():
                words[term] = max(words.get(term, 0), 2000)
                place_only.discard(term)

    by_class = {}
    for word, freq in words.items():
        if not (2 <= len(word) <= 5) or not all(is_han(c) for c in word) or freq <= 0:
            continue
        cost = round(math.log(total / freq) * 2)
        by_class.setdefault((len(word), cost, "P" if word in place_only else "W"), []).append(word)
    for ch, freq in chars.items():
        if freq > 0:
            by_class.setdefault((1, round(math.log(total / freq) * 2), "W"), []).append(ch)

    # A word of four or five characters made of two words (关键设备 = 关键 + 设备) gets its joint
    # in the kind letter: A after the second character, B after the third, C both. The rule
    # does not take the two characters at a joint as attested side by side (键设 is a slip).
    multi = {w for (length, _, _), ws in by_class.items() if length >= 2 for w in ws}
    for key in [k for k in by_class if k[2] == "W" and k[0] >= 4]:
        for word in by_class.pop(key):
            joints = [head for head in (2, 3) if len(word) - head >= 2 and word[:head] in multi and word[head:] in multi]
            kind = {(): "W", (2,): "A", (3,): "B", (2, 3): "C"}[tuple(joints)]
            by_class.setdefault((key[0], key[1], kind), []).append(word)

    # Within a line, words in order of their home slot in the rule's hash table
    # (TypoLexicon.swift): the loader then fills the table front to back instead of
    # missing the cache on every word. Any order loads the same table.
    count = sum(len(v) for v in by_class.values())
    bits = 4
    while (1 << bits) < count + count // 2:
        bits += 1
    with open(os.path.join(OUT, "words.txt"), "w", encoding="utf-8") as out:
        out.write("# typo rule vocabulary, generated by scripts/build_typo_data.py; sources in NOTICE.\n")
        out.write("# `length cost kind<TAB>words`: cost = round(2 ln(total/frequency)); kind W word, P name only (place, person),\n")
        out.write("# A/B/C a word made of two words, joined after its second/third/both characters.\n")
        for key in sorted(by_class):
            ordered = sorted(by_class[key], key=lambda w: (home_slot(w, bits), w))
            out.write(f"{key[0]} {key[1]} {key[2]}\t{''.join(ordered)}\n")

    # Characters that readily end (suffix) or start (prefix) a longer word made of a word
    # and them (安置户, 预警期, 自规局): a slip at such a place is too often a real compound.
    lexicon = {w for (length, _, _), ws in by_class.items() for w in ws}
    suffix, prefix = {}, {}
    for w in lexicon:
        if 3 <= len(w) <= 4:
            if w[:-1] in lexicon:
                suffix[w[-1]] = suffix.get(w[-1], 0) + 1
            if w[1:] in lexicon:
                prefix[w[0]] = prefix.get(w[0], 0) + 1
    with open(os.path.join(OUT, "affixes.txt"), "w", encoding="utf-8") as out:
        out.write("# typo rule: characters that end (suffix) or start (prefix) at least 150 words made of a word and them;\n")
        out.write("# generated by scripts/build_typo_data.py from words.txt.\n")
        out.write("suffix\t" + "".join(sorted(c for c, n in suffix.items() if n >= 150)) + "\n")
        out.write("prefix\t" + "".join(sorted(c for c, n in prefix.items() if n >= 150)) + "\n")

    same_sound, other_tone, shape = {}, {}, {}
    with open(find(src, "pycorrector/data/same_pinyin.txt"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2 and len(parts[0]) == 1:
                same_sound[parts[0]] = "".join(c for c in parts[1] if is_han(c) and c != parts[0])
                other_tone[parts[0]] = "".join(c for c in (parts[2] if len(parts) > 2 else "") if is_han(c) and c != parts[0])
    with open(find(src, "pycorrector/data/same_stroke.txt"), encoding="utf-8") as f:
        for line in f:
            group = [c for c in line.split() if len(c) == 1 and is_han(c)]
            for c in group:
                shape[c] = "".join(sorted(set(shape.get(c, "")) | {g for g in group if g != c}))
    for c, similar in rare_sound_pairs(src).items():
        known = set(same_sound.get(c, "")) | set(other_tone.get(c, ""))
        other_tone[c] = other_tone.get(c, "") + "".join(sorted(similar - known))
    # The derived pairs follow pycorrector's in the shape column (a pair already there, or
    # among the same-sound sets, keeps its place and cheaper kind).
    for c, similar in form_pairs(src).items():
        known = set(same_sound.get(c, "")) | set(other_tone.get(c, "")) | set(shape.get(c, ""))
        shape[c] = shape.get(c, "") + "".join(sorted(similar - known))
    with open(os.path.join(OUT, "confusions.txt"), "w", encoding="utf-8") as out:
        out.write("# typo rule confusion sets, generated by scripts/build_typo_data.py from pycorrector (Apache-2.0) and char-similar; see NOTICE\n")
        for c in sorted(set(same_sound) | set(other_tone) | set(shape)):
            out.write(f"{c}\t{same_sound.get(c, '')}\t{other_tone.get(c, '')}\t{shape.get(c, '')}\n")
    confusable = {c: same_sound.get(c, "") + other_tone.get(c, "") + shape.get(c, "") for c in set(same_sound) | set(other_tone) | set(shape)}
    offered = {w for (length, _, kind), ws in by_class.items() if length >= 2 and kind != "P" for w in ws}
    known = known_words(src, lexicon, offered, confusable)
    with open(os.path.join(OUT, "known.txt"), "w", encoding="utf-8") as out:
        out.write("# typo rule: real words that words.txt lacks (headwords of pypinyin-dict's phrase lists), one\n")
        out.write("# confusable character away from a correction word; generated by scripts/build_typo_data.py, see NOTICE.\n")
        for length in (2, 3, 4):
            out.write(f"{length}\t{''.join(sorted(w for w in known if len(w) == length))}\n")
    print(f"wrote {OUT}/words.txt ({sum(len(v) for v in by_class.values())} words) and confusions.txt", file=sys.stderr)


if __name__ == "__main__":
    main()
