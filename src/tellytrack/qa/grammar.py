"""The question patterns, kept as data: (intent, regex, fixed slots), tried in order.

Each regex matches a whole cleaned question (time words already removed) and
names its slots: ``character``, ``show``, ``actor``, ``other``, ``name``,
``verb`` (a cast-change verb, mapped by :data:`CHANGE_VERBS`), ``n`` (top N)
and ``kin``. Order matters: specific forms come before the catch-all
"who is NAME". The word lists are English question phrasing gathered by
writing the issue's question forms out in the ways fans ask them.
"""

from __future__ import annotations

import re

# Cast-change verbs -> SPEC change ("exit", "entry", "return").
CHANGE_VERBS: dict[str, str] = {}
for _change, _verbs in {
    "exit": "quit quits quitting quitted leave leaves leaving left exit exits exited exiting "
            "walk_out_of walked_out_of walking_out_of drop_out_of dropped_out_of "
            "bid_adieu_to bade_adieu_to step_out_of stepped_out_of out_of no_longer_in "
            "not_in say_goodbye_to said_goodbye_to",
    "entry": "join joins joined joining enter enters entered entering be_part_of "
             "be_a_part_of become_part_of became_part_of part_of a_part_of "
             "roped_in_for signed_for sign",
    "return": "return returns returned returning come_back_to came_back_to coming_back_to "
              "comes_back_to come_back came_back coming_back rejoin rejoins rejoined "
              "rejoining back_in back_on back_to re-enter re-entered",
}.items():
    for _verb in _verbs.split():
        CHANGE_VERBS[_verb.replace("_", " ")] = _change

# Keywords that a one-letter slip may hide ("replacd", "chanel"); length >= 6.
KEYWORDS: tuple[str, ...] = (
    "played", "playing", "portrays", "portrayed", "replaced", "replace", "replacing",
    "replacement", "channel", "produces", "produced", "producer", "related", "relation",
    "relationship", "happened", "happening", "character", "quitting", "leaving", "joined",
    "joining", "returned", "returning", "ranking", "ranked", "between", "position",
    "platform", "quitted",
)
TYPOS: dict[str, str] = {
    "whos": "who's", "wat": "what", "wht": "what", "wich": "which", "whch": "which",
    "whr": "where", "plz": "please", "pls": "please", "u": "you", "ths": "this",
    "playes": "plays", "palys": "plays", "paly": "play", "plyas": "plays", "qiut": "quit",
    "trps": "trp", "trp's": "trp", "whats": "what's", "wats": "what's", "hows": "how's",
    "wheres": "where's", "whos's": "who's",
}
WORD_NUMBERS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "twenty": 20,
}
KIN_WORDS: dict[str, str] = {
    "husband": "spouse", "wife": "spouse", "spouse": "spouse",
    "ex-husband": "ex_spouse", "ex-wife": "ex_spouse", "ex husband": "ex_spouse",
    "ex wife": "ex_spouse",
    "mother": "parent", "father": "parent", "mom": "parent", "dad": "parent",
    "parent": "parent", "parents": "parent",
    "son": "child", "daughter": "child", "child": "child", "children": "child",
    "kids": "child",
    "brother": "sibling", "sister": "sibling", "sibling": "sibling", "siblings": "sibling",
    "mother-in-law": "in_law", "father-in-law": "in_law", "daughter-in-law": "in_law",
    "son-in-law": "in_law", "sister-in-law": "in_law", "brother-in-law": "in_law",
    "mother in law": "in_law", "father in law": "in_law", "daughter in law": "in_law",
    "son in law": "in_law", "sister in law": "in_law", "brother in law": "in_law",
    "love interest": "romance", "lover": "romance", "boyfriend": "romance",
    "girlfriend": "romance", "partner": "romance",
}

# Storyline words a question may ask about -> SPEC event kinds (nouns, and the states
# "is A dead / pregnant / engaged" put as adjectives or participles).
EVENT_KINDS: dict[str, str] = {
    "leap": "leap", "generation leap": "leap", "time leap": "leap",
    "death": "death", "dead": "death", "die": "death", "dies": "death", "died": "death",
    "killed": "death", "wedding": "wedding", "shaadi": "wedding", "married": "wedding",
    "marry": "wedding", "divorce": "divorce", "divorced": "divorce",
    "separation": "separation", "separated": "separation",
    "accident": "accident", "pregnancy": "pregnancy", "pregnant": "pregnancy",
    "birth": "birth", "baby": "birth", "kidnapping": "kidnapping", "kidnapped": "kidnapping",
    "arrest": "arrest", "arrested": "arrest", "illness": "illness", "ill": "illness",
    "reunion": "reunion", "reunited": "reunion", "engagement": "engagement",
    "engaged": "engagement",
}
_EVENT = "|".join(sorted((re.escape(k) for k in EVENT_KINDS), key=len, reverse=True))
_NUM = r"(?P<n>\d+|" + "|".join(WORD_NUMBERS) + r")"
_IN_SHOW = r"(?:\s+(?:in|on|from|of)\s+(?:the\s+)?(?:show\s+|serial\s+)?(?P<show>.+))?"
_IN_SHOW_MID = r"(?:\s+(?:in|on)\s+(?:the\s+)?(?:show\s+|serial\s+)?(?P<show>.+?))?"
_PLAY = (r"(?:plays?|played|playing|portrays?|portrayed|portraying|essays?|essayed"
         r"|essaying|enacts?|enacted|been playing|be playing|play the role of|played the role of"
         r"|playing the role of|acts? as|acted as|acting as|is seen as|was seen as|appears as"
         r"|appeared as)")
_ROLE = r"(?:(?:the\s+)?(?:role|character|part)\s+(?:of\s+)?)?"
_CHANGE = "|".join(sorted((re.escape(v) for v in CHANGE_VERBS), key=len, reverse=True))
_AUX = r"(?:is|did|has|have|will|was|does|had|would|could|can|are)"
_ADVERBS = (r"(?:(?:really|actually|finally|still|now|officially|indeed|also|too|not|going to"
            r"|set to|about to|planning to|planning on|likely to|to|be|been|going)\s+)*")
_SHOWWORD = r"(?:(?:the\s+)?(?:show|serial)\s+)?"
_KIN = "|".join(sorted((re.escape(k) for k in KIN_WORDS), key=len, reverse=True))
_RANKING = (r"(?:(?:in|on)\s+(?:the\s+)?(?:trp|barc|ratings?|charts?|trp charts?|rankings?"
            r"|ratings? charts?|barc charts?|barc ratings?|trp list|trp race|trp ratings?)\s*)?")
_RANK_NOUN = r"(?:rank|ranking|position|trp|rating|ratings|spot|place|standing|trp rank)"

_RAW: list[tuple[str, str, dict[str, str]]] = [
    # --- replacement (before who_plays: "who replaced X as Y") ---
    ("replacement", r"who\s+(?:has\s+|will\s+|is\s+|was\s+|'s\s+)?(?:going to\s+|set to\s+)?"
     r"(?:replaced|replace|replaces|replacing)\s+(?P<actor>.+?)(?:\s+as\s+(?P<character>.+?))?"
     + _IN_SHOW, {}),
    ("replacement", r"who(?:'s|\s+is|\s+was|\s+will be)\s+(?:the\s+)?(?:replacement\s+(?:of|for)"
     r"\s+(?P<actor>.+?)|(?P<name>.+?)(?:'s|s')\s+replacement)" + _IN_SHOW, {}),
    ("replacement", r"who\s+(?:took|takes|will take|is taking|has taken)\s+over\s+"
     r"(?:from\s+(?P<actor>.+?)|as\s+(?P<character>.+?))" + _IN_SHOW, {}),
    ("replacement", r"who\s+(?:has\s+|will\s+|is\s+|did\s+)?(?:took|take|takes|taking|stepped"
     r"|steps|step|stepping)\s+(?:into\s+)?(?P<actor>.+?)(?:'s|s')\s+(?:place|shoes|role)"
     + _IN_SHOW, {}),
    ("replacement", r"(?:the\s+)?replacement\s+(?:of|for)\s+(?P<actor>.+?)" + _IN_SHOW, {}),
    ("replacement", r"(?P<actor>.+?)(?:'s|s')?\s+replacement" + _IN_SHOW, {}),
    ("replacement", r"(?:who\s+(?:is|was)\s+)?(?P<actor>.+?)\s+(?:was\s+|has been\s+|is\s+)?"
     r"replaced\s+by\s+(?:whom|who)" + _IN_SHOW, {}),
    # "who did A replace": the actor A came in after
    ("predecessor", r"(?:who|whom)\s+(?:did|has|had|will|is)\s+(?P<actor>.+?)\s+(?:replace|replaced"
     r"|replacing)(?:\s+as\s+(?P<character>.+?))?" + _IN_SHOW, {}),
    # --- a show's cast: "who is in the cast of S", "who stars in S", "S cast" ---
    ("show_cast", r"(?:who|which actors?|which actresses)\s+(?:is|are|was|were)\s+(?:in\s+)?"
     r"(?:the\s+)?(?:star\s+|lead\s+|main\s+|current\s+|new\s+)?(?:cast|leads|lead\s+actors"
     r"|actors|stars)\s+"
     r"(?:of|in|on)\s+" + _SHOWWORD + r"(?P<show>.+)", {}),
    ("show_cast", r"(?:who|which actors?|which actresses)\s+(?:stars?|starred|acts?|acted|is acting"
     r"|are acting|is starring|are starring|plays?|played)\s+in\s+" + _SHOWWORD + r"(?P<show>.+)",
     {}),
    ("show_cast", r"(?:(?:what|who)(?:'s|\s+is|\s+are|\s+was)\s+)?(?:the\s+)?(?:star\s+|lead\s+"
     r"|main\s+|current\s+|full\s+)?(?:cast|star cast|leads|lead pair)\s+(?:of|in|for)\s+"
     + _SHOWWORD + r"(?P<show>.+)", {}),
    ("show_cast", r"(?P<show>.+?)(?:'s|s')?\s+(?:star\s+|lead\s+|main\s+|full\s+)?(?:cast|leads"
     r"|star cast)(?:\s+list)?", {}),
    # --- who plays CHARACTER ---
    # "who played Meera before Riya Malhotra": the actor just before/after another
    ("who_plays", r"(?:who|which actor|which actress)(?:'s|\s+is|\s+was|\s+did)?\s+(?:the\s+)?"
     + _PLAY + r"\s+" + _ROLE + r"(?P<character>.+?)" + _IN_SHOW_MID
     + r"\s+(?P<order>before|after|prior to)\s+(?P<other>.+)", {}),
    ("who_plays", r"(?:who|which actor|which actress|which artist)(?:'s|\s+is|\s+was|\s+has"
     r"|\s+will|\s+had|\s+used to|\s+did)?\s+(?:the\s+)?(?:new\s+|current\s+|original\s+)?"
     + _PLAY + r"\s+" + _ROLE + r"(?P<character>.+?)" + _IN_SHOW, {}),
    ("who_plays", r"who(?:'s|\s+is|\s+was)\s+(?:the\s+)?(?:new\s+|current\s+|original\s+|first\s+)?"
     r"(?:actor|actress|artist|face)\s+(?:who\s+)?(?:plays?|played|playing|of|for|as|behind"
     r"|in the role of)\s+" + _ROLE + r"(?P<character>.+?)" + _IN_SHOW, {}),
    ("who_plays", r"(?:the\s+)?(?:actor|actress|artist)\s+(?:who\s+)?(?:plays?|played|playing|of"
     r"|for|as|behind)\s+" + _ROLE + r"(?P<character>.+?)" + _IN_SHOW, {}),
    ("who_plays", r"(?:by\s+)?who(?:m)?\s+(?:is|was|has been)\s+(?P<character>.+?)"
     r"(?:\s+(?:in|on)\s+(?P<show>.+?))?\s+(?:played|portrayed)(?:\s+by)?", {}),
    ("who_plays", r"(?P<character>.+?)(?:\s+(?:in|on)\s+(?P<show>.+?))?\s+"
     r"(?:is|was|has been|will be)\s+(?:played|portrayed)\s+by(?:\s+whom|\s+who)?", {}),
    ("who_plays", r"who(?:'s|\s+is|\s+was)\s+(?:the\s+)?(?:new|current|original|first|old|previous"
     r"|former|earlier)\s+(?P<character>.+?)"
     + _IN_SHOW, {}),
    ("who_plays", r"(?P<character>.+?)(?:'s|s')?\s+(?:actor|actress)" + _IN_SHOW, {}),
    # --- which character does ACTOR play ---
    ("plays_which", r"(?:which|what)\s+(?:character|role|part)\s+(?:does|did|is|was|will|has)\s+"
     r"(?P<actor>.+?)\s+(?:play|playing|plays|played|portray|portraying|essay|essaying"
     r"|have|had|do|doing|does)" + _IN_SHOW, {}),
    ("plays_which", r"(?:who|what)\s+(?:does|did|is|was|will)\s+(?P<actor>.+?)\s+(?:play|playing"
     r"|portray|portraying|essay|essaying)" + _IN_SHOW, {}),
    ("plays_which", r"(?:what|which)(?:'s|\s+is|\s+was)\s+(?P<actor>.+?)(?:'s|s')\s+"
     r"(?:character|role|part)" + _IN_SHOW, {}),
    ("plays_which", r"(?P<actor>.+?)\s+(?:plays|played|is playing)\s+(?:which|what|whom|who)"
     r"(?:\s+(?:character|role))?" + _IN_SHOW, {}),
    ("plays_which", r"(?:which|what)\s+(?:character|role|part)\s+(?:is|was)\s+(?:played|portrayed)"
     r"\s+by\s+(?P<actor>.+?)" + _IN_SHOW, {}),
    ("plays_which", r"(?:the\s+)?(?:character|role)\s+(?:of|played by)\s+(?P<actor>.+?)" + _IN_SHOW,
     {}),
    ("plays_which", r"(?P<actor>.+?)(?:'s|s')?\s+(?:character|role)(?:\s+name)?" + _IN_SHOW, {}),
    # "which shows is A in", "what shows has A done": A's roles, every show
    ("plays_which", r"(?:which|what)\s+(?:tv\s+)?(?:shows?|serials?)\s+(?:is|was|has|have|did|does)"
     r"\s+(?P<actor>.+?)\s+(?:(?:been\s+)?(?:in|on|part of|a part of)|(?:acted|appeared|worked"
     r"|starred|act|appear|work|star)(?:\s+in)?|done|do)", {}),
    ("plays_which", r"(?P<actor>.+?)(?:'s|s')\s+(?:tv\s+)?(?:shows|serials)", {}),
    # --- cast changes ---
    # "who quit S", "which actors have left S recently": the show's changes of that kind
    ("show_changes", r"(?:who|which\s+(?:actors?|actress(?:es)?|stars?|cast\s+members?))\s+"
     r"(?:(?:has|have|had|did|will|is|are|was|were)\s+)?(?:(?:recently|just|already|all|also"
     r"|now)\s+)*(?P<verb>" + _CHANGE + r")(?:\s+(?:from|to|in|on))?\s+(?:the\s+cast\s+of\s+)?"
     + _SHOWWORD + r"(?P<show>.+)", {}),
    # a journalist's "was X's exit (from S) confirmed (by D)?": the claim as it stood then
    ("cast_change", r"(?:was|is|has|had)\s+(?P<actor>.+?)(?:'s|s')\s+(?P<verb>exit|return"
     r"|quitting|leaving|joining)(?:\s+(?:from|to|in|on)\s+" + _SHOWWORD + r"(?P<show>.+?))?"
     r"\s+(?:been\s+)?(?:officially\s+)?(?:confirmed|denied|reported)", {}),
    ("cast_change", r"(?:(?:is|are|was)\s+)?(?P<actor>.+?)\s+still\s+(?:a\s+)?(?:part\s+of|in|on"
     r"|with|working\s+(?:in|on|with)|doing|acting\s+in)\s+" + _SHOWWORD + r"(?P<show>.+)",
     {"change": "exit", "stay": "yes"}),
    ("cast_change", r"(?:when\s+)?" + _AUX + r"\s+(?P<actor>.+?)\s+" + _ADVERBS
     + r"(?P<verb>" + _CHANGE + r")(?:\s+(?:from|to|in|on))?\s+" + _SHOWWORD + r"(?P<show>.+)",
     {}),
    ("cast_change", _AUX + r"\s+(?P<actor>.+?)\s+" + _ADVERBS + r"(?P<verb>" + _CHANGE + r")",
     {}),
    ("cast_change", r"(?:has|did|is)\s+(?P<actor>.+?)\s+(?:been\s+)?(?:replaced|removed|"
     r"thrown out|axed|sacked|dropped)(?:\s+(?:from|in|on))?(?:\s+(?P<show>.+))?",
     {"change": "exit"}),
    ("cast_change", r"(?P<actor>.+?)\s+(?P<verb>quit|quits|quitting|left|leaving|leaves|exits"
     r"|exited|exiting|joins|joined|joining|returns|returned|returning)\s+" + _SHOWWORD
     + r"(?P<show>.+)", {}),
    # --- ratings ---
    ("top", r"(?:which|what)\s+(?:tv\s+)?(?:shows?|serials?|programmes?|programs?)\s+"
     r"(?:were|are|was|is|made it|featured|made|topped)\s+(?:in(?:to)?\s+)?(?:the\s+)?top\s*"
     + _NUM + r"?.*", {}),
    ("top", r"(?:what|which)\s+(?:were|are|was|is)\s+(?:the\s+)?top\s*" + _NUM + r"?.*", {}),
    ("top", r"(?:which|what)\s+(?:tv\s+)?(?:shows|serials|programmes|programs)\s+"
     r"(?:topped|top|led|lead|ruled|rule|are topping|were topping|are leading|were leading)\b.*",
     {}),
    ("top", r"(?:(?:which|what)\s+(?:are|were)\s+)?(?:the\s+)?(?:best|most[- ]watched"
     r"|highest[- ]rated|top[- ]rated|most popular|popular)\s+(?:tv\s+)?"
     r"(?:shows|serials|programmes|programs)\b.*", {}),
    ("top", r"(?:list\s+(?:the\s+)?)?top\s*" + _NUM + r"?(?:\s+(?:tv\s+)?(?:shows|serials|trp"
     r"|barc))?.*", {}),
    ("top", r"(?:which|what)\s+(?:show|serial)\s+(?:was|is|were)\s+(?:at\s+)?(?:number|no\.?)\s*"
     r"(?:1|one).*", {"n": "1"}),
    ("top", r"(?:which|what)\s+(?:show|serial)\s+(?:topped|tops|led|leads|was top of|is top of)"
     r".*", {"n": "1"}),
    ("top", r"who\s+(?:topped|tops|is topping|was topping|leads|led|ruled|rules|is on top of"
     r"|was on top of)\s+(?:the\s+)?(?:trp|barc|ratings?|charts?).*", {"n": "1"}),
    ("top", r"(?:(?:which|what)(?:'s|\s+is|\s+was)?\s+)?(?:the\s+)?(?:most[- ]watched"
     r"|highest[- ]rated|top[- ]rated|no\.?\s*1|number\s*(?:1|one))\s+(?:tv\s+)?"
     r"(?:show|serial|programme|program)\b.*", {"n": "1"}),
    ("rank", r"(?:where|how)\s+(?:does|did|is|was|has)\s+(?P<show>.+?)\s+(?:rank|ranked|ranking"
     r"|stand|standing|placed|place|doing|perform|performed|performing|do|fare|fared|done)\s*"
     + _RANKING, {}),
    ("rank", r"(?:what|which)(?:'s|\s+is|\s+was|\s+were)\s+(?:the\s+)?" + _RANK_NOUN + r"s?\s+"
     r"(?:of|for)\s+(?P<show>.+?)\s*" + _RANKING, {}),
    ("rank", r"(?:what|which)(?:'s|\s+is|\s+was|\s+were)\s+(?P<show>.+?)(?:'s|s')\s+"
     + _RANK_NOUN + r"s?\s*" + _RANKING, {}),
    ("rank", r"(?:what|which)\s+(?:rank|position|spot|place|number)\s+(?:is|was|did|does|has)\s+"
     r"(?P<show>.+?)(?:\s+(?:at|on|in|get|got|hold|held|take|took|secure|secured))?\s*"
     + _RANKING, {}),
    ("rank", r"(?:how\s+(?:is|was|are|were)\s+)(?P<show>.+?)(?:'s|s')?\s+(?:trp|ratings?|"
     r"rankings?|numbers?)(?:\s+doing)?", {}),
    ("rank", r"(?:the\s+)?(?:latest\s+)?(?:barc\s+)?" + _RANK_NOUN + r"s?\s+(?:of|for)\s+"
     r"(?P<show>.+?)\s*" + _RANKING, {}),
    ("rank", r"(?P<show>.+?)(?:'s|s')?(?:\s+(?:trp|barc|rank|ranking|ratings?|position|spot|chart"
     r"|place|report))+", {}),
    # --- one kind of storyline event: "will there be a leap in S", "is A dead in S" ---
    ("event", r"(?:will|is|was|are|were)\s+there\s+(?:be\s+|going\s+to\s+be\s+)?(?:a|an|any)\s+"
     r"(?:new\s+)?(?P<event>" + _EVENT + r")(?:\s+(?:coming|soon|coming up))?\s+(?:in|on)\s+"
     + _SHOWWORD + r"(?P<show>.+)", {}),
    ("event", r"when\s+(?:is|was|will|did|does)\s+(?:the\s+)?(?P<event>" + _EVENT + r")\s+"
     r"(?:be\s+|happen\s+|happening\s+|come\s+|coming\s+|take\s+place\s+)?(?:in|on)\s+"
     + _SHOWWORD + r"(?P<show>.+)", {}),
    ("event", r"(?:is|was|has|will|did|does)\s+(?P<character>.+?)\s+(?:been\s+|be\s+|get\s+"
     r"|got\s+|getting\s+|going\s+to\s+|really\s+|finally\s+|in\s+an?\s+|(?:meet|met)\s+with"
     r"\s+an?\s+|(?:have|has|had)\s+an?\s+)*(?P<event>" + _EVENT + r")"
     r"(?:\s+(?:in|on)\s+" + _SHOWWORD + r"(?P<show>.+))?", {}),
    # --- show info ---
    ("show_info", r"(?:on\s+)?(?:what|which)\s+(?:tv\s+)?(?:channel|network)\s+"
     r"(?:is|does|was|did|airs|aired"
     r"|broadcasts|telecasts|shows|will|has)?\s*" + _SHOWWORD + r"(?P<show>.+?)"
     r"(?:\s+(?:on|air|aired|airs|broadcast|telecast|shown|come on|run|runs|be on|streaming))*",
     {"field": "channel"}),
    ("show_info", r"(?:what|which)(?:'s|\s+is|\s+was)\s+(?:the\s+)?channel\s+(?:of|for)\s+"
     r"(?P<show>.+)", {"field": "channel"}),
    ("show_info", r"(?:what|which)(?:'s|\s+is|\s+was)\s+(?P<show>.+?)(?:'s|s')\s+channel",
     {"field": "channel"}),
    ("show_info", r"(?P<show>.+?)\s+(?:(?:is|airs|comes|was|aired|telecast|broadcast)\s+)?on\s+"
     r"(?:what|which)\s+(?:tv\s+)?channel",
     {"field": "channel"}),
    ("show_info", r"(?:where|when)\s+(?:can i|can we|do i|to|does|is|did)\s+(?:watch|see|stream|"
     r"catch)?\s*(?P<show>.+?)(?:\s+(?:air|aired|airs|on|streaming|stream|shown|broadcast))*",
     {"field": "channel"}),
    ("show_info", r"(?:on\s+)?(?:what|which)\s+(?:ott\s+)?(?:platform|app|ott|streaming service)"
     r"\s+(?:is|does|was|streams|can i watch)?\s*" + _SHOWWORD + r"(?P<show>.+?)"
     r"(?:\s+(?:on|stream|streaming|streamed|available))*", {"field": "platform"}),
    ("show_info", r"who\s+(?:produces|produced|is producing|made|makes|backs|backed|"
     r"is the producer of|was the producer of|are the producers of|is the maker of|"
     r"are the makers of|is behind|'s the producer of|owns)\s+" + _SHOWWORD + r"(?P<show>.+)",
     {"field": "producer"}),
    ("show_info", r"(?:who|what)(?:'s|\s+is|\s+was|\s+are)\s+(?:the\s+)?(?:producers?|makers?|"
     r"production house|banner)\s+(?:of|for|behind)\s+(?P<show>.+)", {"field": "producer"}),
    ("show_info", r"who(?:'s|\s+is|\s+are)\s+(?P<show>.+?)(?:'s|s')\s+(?:producers?|makers?)",
     {"field": "producer"}),
    ("show_info", r"(?:which|what)\s+(?:production house|banner|company|production company)\s+"
     r"(?:produces|produced|makes|made|is behind|backs)\s+(?P<show>.+)", {"field": "producer"}),
    ("show_info", r"(?P<show>.+?)\s+(?:is\s+|was\s+)?(?:produced|made|backed)\s+by(?:\s+whom"
     r"|\s+who|\s+which\s+(?:production house|banner|company))?", {"field": "producer"}),
    ("show_info", r"(?:the\s+)?(?:tv\s+)?channel\s+(?:of|for)\s+(?P<show>.+)",
     {"field": "channel"}),
    ("show_info", r"(?P<show>.+?)\s+(?:airs|aired|is aired|is telecast|telecasts|is broadcast"
     r"|broadcasts|comes|streams|is streaming)\s+(?:on|where)", {"field": "channel"}),
    ("show_info", r"(?:the\s+)?(?:producers?|makers?|production house|banner)\s+"
     r"(?:of|for|behind)\s+(?P<show>.+)", {"field": "producer"}),
    ("show_info", r"(?P<show>.+?)(?:'s|s')?\s+(?:tv\s+)?channel(?:\s+name)?", {"field": "channel"}),
    ("show_info", r"(?P<show>.+?)(?:'s|s')?\s+(?:producers?|makers?|production house|banner)",
     {"field": "producer"}),
    # --- relations ---
    ("relation", r"how\s+(?:is|was|are|were)\s+(?P<character>.+?)\s+(?:related|connected|linked)"
     r"\s+(?:to|with)\s+"
     r"(?P<other>.+?)" + _IN_SHOW, {}),
    ("relation", r"how\s+(?:are|were)\s+(?P<character>.+?)\s+and\s+(?P<other>.+?)\s+(?:related"
     r"|connected|linked)"
     + _IN_SHOW, {}),
    ("relation", r"(?:what(?:'s|\s+is|\s+was)\s+)?(?:the\s+)?(?:relation|relationship|connection|"
     r"equation)\s+(?:between|of)\s+(?P<character>.+?)\s+(?:and|with)\s+(?P<other>.+?)"
     + _IN_SHOW, {}),
    ("relation", r"who(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?P<character>.+?)(?:'s|s')\s+"
     r"(?P<kin>" + _KIN + r")" + _IN_SHOW, {}),
    ("relation", r"who(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+)?(?P<kin>" + _KIN + r")\s+"
     r"of\s+(?P<character>.+?)" + _IN_SHOW, {}),
    ("relation", r"what(?:'s|\s+is|\s+was)\s+(?P<character>.+?)(?:'s|s')\s+(?:relation|relationship"
     r"|connection)\s+(?:to|with)\s+(?P<other>.+?)" + _IN_SHOW, {}),
    ("relation", r"(?P<character>.+?)\s+and\s+(?P<other>.+?)(?:'s|s')?\s+(?:relation|relationship)"
     + _IN_SHOW, {}),
    ("relation", r"(?:is|was|are|were)\s+(?P<character>.+?)\s+(?:married|engaged)\s+to\s+"
     r"(?P<other>.+?)" + _IN_SHOW, {"kin": "spouse"}),
    ("relation", r"(?:who|whom)\s+(?:is|was|did)\s+(?P<character>.+?)\s+(?:married|marry|wed)"
     r"(?:\s+to)?" + _IN_SHOW, {"kin": "spouse"}),
    ("relation", r"(?:is|was|are|were)\s+(?P<other>\S+)\s+(?P<character>.+?)(?:'s|s')\s+"
     r"(?P<kin>" + _KIN + r")" + _IN_SHOW, {}),
    ("relation", r"(?P<character>.+?)(?:'s|s')\s+(?P<kin>" + _KIN + r")" + _IN_SHOW, {}),
    ("relation", r"what(?:'s|\s+is|\s+was)\s+(?P<character>.+?)\s+to\s+(?P<other>.+?)"
     + _IN_SHOW, {}),
    # --- storyline ---
    ("happened", r"what\s*(?:has\s+|had\s+|all\s+)*(?:happened|happens|is happening|will happen|"
     r"happening|went on|is going on|was going on|'s going on|'s happening|'s new|is new|"
     r"was happening|is coming up|'s coming up|is next|'s next|is upcoming|'s upcoming)\s+"
     r"(?:in|on|with|to|for|next in)\s+" + _SHOWWORD + r"(?P<show>.+)", {}),
    ("happened", r"what(?:'s|\s+is|\s+are|\s+were|\s+was)\s+(?:the\s+)?(?:latest|news|story|"
     r"storyline|track|plot|updates?|twists?|events|upcoming twists?)\s+(?:in|on|of|with|from|"
     r"for)\s+" + _SHOWWORD + r"(?P<show>.+)", {}),
    ("happened", r"(?:(?:any|the)\s+)?(?:(?:major|latest|upcoming|new|recent)\s+)?(?:twists?|events"
     r"|story so far|storyline|plot|updates?|news|spoilers?|developments?|latest|gossip)\s+"
     r"(?:in|of|on|from|for|about)\s+" + _SHOWWORD + r"(?P<show>.+)", {}),
    ("happened", r"what(?:'s|\s+is)\s+up\s+with\s+" + _SHOWWORD + r"(?P<show>.+)", {}),
    ("happened", r"(?P<show>.+?)(?:'s|s')?\s+(?:(?:latest|upcoming|new|recent)\s+)?"
     r"(?:twists?|events|story so far|storyline|story|track|plot|updates?|news|spoilers?"
     r"|developments?)", {}),
    ("relation", r"who(?:'s|\s+is|\s+was)\s+(?P<character>.+?)\s+to\s+(?P<other>.+?)" + _IN_SHOW,
     {}),
    # --- catch-all ---
    ("who_is", r"who(?:'s|\s+is|\s+was)\s+(?P<name>.+?)" + _IN_SHOW, {}),
]

PATTERNS: list[tuple[str, re.Pattern[str], dict[str, str]]] = [
    (intent, re.compile(r"^" + regex + r"$", re.I), extra) for intent, regex, extra in _RAW
]
