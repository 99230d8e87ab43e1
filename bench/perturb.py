"""Accuracy under scraping noise: the gold texts with the noise real pages carry, scored as clean.

Usage::

    PYTHONPATH=$PWD python bench/perturb.py --gold corpus/dev.jsonl            # every perturbation
    PYTHONPATH=$PWD python bench/perturb.py --gold corpus/dev.jsonl --only hardwrap,traditional --no-model

The project's documents are clean; the pages analysts scrape are not (issue "Real text": the
corpus taught the tagger a cleaner world). Each perturbation changes the *form* of every gold
text the way a scraper or a page does and leaves its meaning, so the gold labels stand; the
table prints each field's score with the perturbation beside the clean score, and the
difference. A perturbation that costs accuracy names a reading step to make sturdier (the
normaliser, page noise, sentence splitting), not a rule to add.

Perturbations (seeded per document, ``--seed``):

* ``furniture``: a site's breadcrumb, a publication stamp (date, a neutral source, view count,
  font-size links) above the text and print/close/share links and an editor's line below it;
* ``hardwrap``: the text wrapped at one width per document, 28-40 characters (Chinese) or the last
  space before 60-80 (English), as text extracted from a PDF or a fixed-width page;
* ``indent``: each paragraph opened with two ideographic spaces (Chinese) or non-breaking spaces
  (English), and half the ordinary spaces of an English text made non-breaking;
* ``fullwidth``: ASCII digits and Latin letters of a Chinese text in their full-width forms
  (２０２４年５月, ＡＳＥＡＮ);
* ``traditional``: a Chinese text in Traditional characters (OpenCC ``s2t``), as reposted in Hong
  Kong, Macao, Taiwan or overseas pages;
* ``entities``: a careless scraper's leftovers: ``&nbsp;`` for some spaces and ``&ldquo;`` /
  ``&rdquo;`` for quotation marks;
* ``zerowidth``: zero-width spaces dropped between a few characters;
* ``paragraphs``: every sentence on its own line, blank lines between (a page's ``<p>`` per
  sentence);
* ``captions``: a byline after the first paragraph and a photo caption at the end (names of
  reporters, no place);
* ``wechat``: a WeChat repost of a Chinese text: a follow prompt and emoji above, a few zero-width
  spaces inside, read-more, editor and like links below;
* ``synonyms``: act verbs, titles and terms swapped, half the time, for the synonyms pages use
  (会见 → 会晤 / 接见, 签署 → 签订, "met with" → "held talks with", "consul general" →
  "consul-general", "ambassador" → "envoy", "memorandum of understanding" → "MoU"): not the form
  of the text but its wording, so a loss names a gap in the lexicon or the rules' vocabulary;
* ``names``: countries, provinces and titles named, half the time, by the other names pages use
  (寮国, 南韩, 大马, 外事办公室主任; "Viet Nam", "Lao PDR", "Xizang", "Türkiye", "deputy governor").

No perturbation adds a place or a title, and ``synonyms`` swaps only words of one meaning: the gold
labels stay right by construction.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent  # (pipeline comes from PYTHONPATH: a base tree compares with it)

_CJK = re.compile(r"[\u4e00-\u9fff]")


def _zh(text: str) -> bool:
    return len(_CJK.findall(text[:400])) >= 10


def furniture(text: str, rng: random.Random, date: str | None) -> str:
    day = date or f"20{rng.randint(15, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if _zh(text):
        crumbs = rng.choice(["首页 > 新闻中心 > 外事动态", "当前位置：首页 > 工作动态", "首页 >> 外事要闻 >> 正文"])
        stamp = rng.choice([f"发布时间：{day}  来源：本网  浏览次数：{rng.randint(10, 9999)}",
                            f"{day} 10:{rng.randint(10, 59)}  来源：新华网  【字体：大 中 小】",
                            f"时间：{day}  作者：综合  阅读：{rng.randint(10, 999)}"])
        foot = rng.choice(["【打印本页】【关闭窗口】", "分享到：微信 微博 QQ空间", "【我要纠错】 责任编辑：李明"])
    else:
        crumbs = rng.choice(["Home > News > Regional", "Home | China | Society", "You are here: Home / News"])
        stamp = rng.choice([f"Updated: {day} 10:{rng.randint(10, 59)}  By Staff reporter", f"Source: Xinhua | {day}",
                            f"{day} | Editor: Li Ming | Views: {rng.randint(10, 999)}"])
        foot = rng.choice(["Share: Facebook Twitter LinkedIn", "Print | Close", "Editor: Li Ming  Copyright reserved"])
    return f"{crumbs}\n{stamp}\n\n{text}\n\n{foot}\n"


def hardwrap(text: str, rng: random.Random, date: str | None) -> str:
    out: list[str] = []
    step, width = rng.randint(28, 40), rng.randint(60, 80)  # one page width per document
    for para in text.split("\n"):
        if _zh(para):
            i = 0
            while i < len(para):
                out.append(para[i:i + step])
                i += step
        else:
            line = ""
            for word in para.split(" "):
                if line and len(line) + 1 + len(word) > width:
                    out.append(line)
                    line = word
                else:
                    line = f"{line} {word}" if line else word
            out.append(line)
    return "\n".join(out)


def indent(text: str, rng: random.Random, date: str | None) -> str:
    if _zh(text):
        return "\n".join("\u3000\u3000" + p.lstrip() if p.strip() else p for p in text.split("\n"))
    spaced = "".join("\u00a0" if ch == " " and rng.random() < 0.5 else ch for ch in text)
    return "\n".join("\u00a0\u00a0" + p if p.strip() else p for p in spaced.split("\n"))


_FULL = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"}


def fullwidth(text: str, rng: random.Random, date: str | None) -> str:
    return "".join(_FULL.get(c, c) for c in text) if _zh(text) else text


_S2T: Callable[[str], str] | None = None


def traditional(text: str, rng: random.Random, date: str | None) -> str:
    global _S2T
    if not _zh(text):
        return text
    if _S2T is None:
        import opencc

        _S2T = opencc.OpenCC("s2t").convert
    return _S2T(text)


def entities(text: str, rng: random.Random, date: str | None) -> str:
    out = []
    for ch in text:
        if ch == " " and rng.random() < 0.3:
            out.append("&nbsp;")
        elif ch in "“\"" and rng.random() < 0.7:
            out.append("&ldquo;")
        elif ch == "”" and rng.random() < 0.7:
            out.append("&rdquo;")
        else:
            out.append(ch)
    return "".join(out)


def zerowidth(text: str, rng: random.Random, date: str | None) -> str:
    return "".join(ch + "\u200b" if rng.random() < 0.03 else ch for ch in text)


_SENT_END = re.compile(r"(?<=[。！？；])|(?<=[.!?])\s+(?=[A-Z“\"])")


def paragraphs(text: str, rng: random.Random, date: str | None) -> str:
    parts = [p.strip() for p in _SENT_END.split(text) if p and p.strip()]
    return "\n\n".join(parts)


def captions(text: str, rng: random.Random, date: str | None) -> str:
    """A photo caption and a byline between paragraphs (after the first), as news pages print them."""
    zh = _zh(text)
    paras = text.split("\n")
    cap = (rng.choice(["（图为活动现场。记者 王刚 摄）", "▲会议现场。（通讯员 李娜 供图）", "图片来源：本网记者 赵磊 摄"]) if zh
           else rng.choice(["(Photo: Staff reporter)", "Photo taken on the day of the event. [Photo/Xinhua]",
                            "File photo. (Photo by Li Ming)"]))
    byline = (rng.choice(["本报记者 陈晨 通讯员 刘洋", "记者：张扬 实习生：周琳"]) if zh
              else rng.choice(["By Zhang Yang and Zhou Lin", "By staff reporter Chen Chen"]))
    at = 1 if len(paras) > 1 else len(paras)
    return "\n".join([*paras[:at], byline, *paras[at:], cap])


def wechat(text: str, rng: random.Random, date: str | None) -> str:
    """A WeChat repost: a follow prompt and emoji above, zero-width spaces inside, read-more links below."""
    if not _zh(text):
        return text
    head = rng.choice(["点击上方蓝字关注我们 👆", "↑点击上方“外事发布”关注我们", "📢 转发周知"])
    foot = rng.choice(["▼ 阅读原文\n来源：外事发布\n编辑：李婷 审核：王磊", "END\n喜欢就点个“在看”吧 👍", "往期推荐\n分享 收藏 点赞 在看"])
    body = "".join(ch + "\u200b" if rng.random() < 0.01 else ch for ch in text)
    return f"{head}\n\n{body}\n\n{foot}"


# label-preserving paraphrases real pages use for one another: each keeps the category, the sides and
# the ranks (会见 and 会晤 are both a meeting; "consul-general" is the consul general)
_SYNONYMS_ZH = {"会见": ["会晤", "亲切会见", "接见", "礼节性会见"], "会谈": ["会晤", "座谈"], "签署": ["签订", "共同签署", "正式签署"],
                "率团": ["率代表团", "带队"], "出席": ["参加", "应邀出席"], "举办": ["举行", "主办"],
                "总领事": ["总领事先生"], "大使": ["大使阁下"]}
_SYNONYMS_EN = {"met with": ["held talks with", "sat down with", "had a meeting with", "met"],
                "signed": ["inked", "penned"], "attended": ["took part in", "participated in"],
                "consul general": ["consul-general", "Consul-General"], "Consul General": ["Consul-General"],
                "ambassador": ["envoy"], "Party secretary": ["Party chief"], "party secretary": ["Party chief"],
                "visited": ["paid a visit to", "made a visit to"], "memorandum of understanding": ["MoU", "MOU"]}
# the other names pages give one country, province or title (Traditional-era and Hong Kong usage, official
# long forms, English spellings): a record that changes names a gap in the lexicon
_NAMES_ZH = {"老挝": ["寮国", "老挝人民民主共和国"], "韩国": ["南韩", "大韩民国"], "朝鲜": ["北韩"], "柬埔寨": ["柬埔寨王国"],
             "泰国": ["泰王国"], "俄罗斯": ["俄罗斯联邦"], "马来西亚": ["大马"], "印度尼西亚": ["印尼"], "哈萨克斯坦": ["哈国"],
             "菲律宾": ["菲国"], "新西兰": ["纽西兰"], "澳大利亚": ["澳洲"], "外办主任": ["外事办公室主任"],
             "自治区主席": ["自治区政府主席"], "省长": ["省人民政府省长"], "驻华大使": ["驻华特命全权大使"]}
_NAMES_EN = {"Vietnam": ["Viet Nam"], "Laos": ["Lao PDR"], "South Korea": ["the Republic of Korea", "the ROK"],
             "Russia": ["the Russian Federation"], "Czech Republic": ["Czechia"], "Turkey": ["Türkiye"],
             "Cambodia": ["the Kingdom of Cambodia"], "Tibet": ["Xizang"], "Inner Mongolia": ["Inner Mongolia Autonomous Region"],
             "Guangxi": ["Guangxi Zhuang Autonomous Region"], "Xinjiang": ["Xinjiang Uygur Autonomous Region"],
             "vice governor": ["deputy governor", "vice-governor"], "Vice Governor": ["Vice-Governor", "Deputy Governor"],
             "United States": ["US", "U.S."], "Kyrgyzstan": ["the Kyrgyz Republic"], "Prime Minister": ["PM"]}
# (whole words in English: not "Vietnam" in "Vietnamese"; not 省长 in 副省长, not 朝鲜 in 朝鲜族 or 朝鲜半岛)
def _swapper(table: dict[str, list[str]], en: bool) -> tuple[re.Pattern[str], dict[str, list[str]]]:
    alternation = "|".join(sorted(map(re.escape, table), key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})\b" if en else f"(?<!副)(?:{alternation})(?![族半语])"), table


_SWAPS = {"synonyms": (_swapper(_SYNONYMS_ZH, False), _swapper(_SYNONYMS_EN, True)),
          "names": (_swapper(_NAMES_ZH, False), _swapper(_NAMES_EN, True))}


def _swap(kind: str, text: str, rng: random.Random) -> str:
    """Each form of ``kind``'s list for the text's language swapped, half the time, for one of its others."""
    rx, table = _SWAPS[kind][0 if _zh(text) else 1]
    return rx.sub(lambda m: rng.choice(table[m.group()]) if rng.random() < 0.5 else m.group(), text)


def synonyms(text: str, rng: random.Random, date: str | None) -> str:
    """Each act verb, title or term of a fixed list swapped, half the time, for a synonym pages use."""
    return _swap("synonyms", text, rng)


def names(text: str, rng: random.Random, date: str | None) -> str:
    """Each country, province or title of a fixed list named, half the time, by another name pages use."""
    return _swap("names", text, rng)


PERTURBATIONS: dict[str, Callable[[str, random.Random, str | None], str]] = {
    "furniture": furniture, "hardwrap": hardwrap, "indent": indent, "fullwidth": fullwidth,
    "traditional": traditional, "entities": entities, "zerowidth": zerowidth, "paragraphs": paragraphs,
    "captions": captions, "wechat": wechat, "synonyms": synonyms, "names": names,
}


def perturbed(gold: list[dict], name: str, seed: int) -> list[dict]:
    """``gold`` with every text perturbed by ``name`` (``clean``: unchanged), labels kept."""
    if name == "clean":
        return gold
    fn = PERTURBATIONS[name]
    out = []
    for i, g in enumerate(gold):
        rng = random.Random(f"{seed}:{name}:{g.get('id', i)}")
        out.append({**g, "text": fn(g["text"], rng, g.get("date"))})
    return out


def scores(gold: list[dict], tagger) -> dict[str, float]:
    from pipeline.cli.eval import gold_documents
    from pipeline.evaluate import report

    rep = report(gold, list(tagger.pipe(gold_documents(gold))), worst=0)["summary"]
    eng = rep["engagements"]
    return {"engagement": rep["engagement"]["accuracy"], "triples F1": eng["f1"],
            "provinces F1": rep["provinces"]["f1"], "partners F1": rep["partners"]["f1"],
            "formulations F1": rep["formulations"]["f1"],
            "direction": (eng.get("attributes") or {}).get("direction", {}).get("accuracy"),
            "official": (eng.get("attributes") or {}).get("official", {}).get("accuracy")}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", default=str(ROOT / "corpus" / "dev.jsonl"))
    ap.add_argument("--only", default="", help="comma-separated perturbations (default: all)")
    ap.add_argument("--no-model", action="store_true", help="rules only")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    args = ap.parse_args(argv)

    from pipeline import load
    from pipeline.gold import read_gold

    gold = read_gold(args.gold)
    names = [n for n in args.only.split(",") if n] or list(PERTURBATIONS)
    unknown = [n for n in names if n not in PERTURBATIONS]
    if unknown:
        ap.error(f"unknown perturbation(s) {unknown}; choose from {sorted(PERTURBATIONS)}")
    tagger = load(model=False if args.no_model else None)
    table = {name: scores(perturbed(gold, name, args.seed), tagger) for name in ["clean", *names]}
    if args.json:
        print(json.dumps(table, indent=1))
        return 0
    fields = list(table["clean"])
    print(f"{args.gold}: {len(gold)} documents, {'rules only' if args.no_model else 'default model'}")
    print(f"{'perturbation':<12}" + "".join(f"{f:>17}" for f in fields))
    for name, row in table.items():
        cells = []
        for f in fields:
            v, c = row[f], table["clean"][f]
            if v is None:
                cells.append(f"{'-':>17}")
            elif name == "clean" or c is None:
                cells.append(f"{v:>17.3f}")
            else:
                cells.append(f"{v:>10.3f} ({v - c:+.3f})")
        print(f"{name:<12}" + "".join(cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
