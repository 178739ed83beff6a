"""Function words of the languages news pages are written in, as one table of data.

Story prose is dense in function words ("the", "of", "und", "que"); menus, teasers and
captions are mostly names and nouns. The share of these words in a run of text is one of
the signals that tell a story paragraph from page chrome. Each list holds the commonest
short words of its language; lower case, whitespace separated.
"""

from __future__ import annotations

_BY_LANGUAGE: dict[str, str] = {
    "en": """the a an of to in on at for with from by as and or but not no is are was were be
        been being has have had do does did it its this that these those he she they we you i
        his her their our your him them us who which what when where there than then so if
        will would can could should may might must about after before into over under up out
        also just more most said says while since because during between through against
        without within among both each any all some such only other than very how why""",
    "de": """der die das den dem des ein eine einen einem einer eines und oder aber nicht kein
        keine ist sind war waren wird werden wurde wurden hat haben hatte hatten sein es er sie
        wir ihr ich du man sich mit von zu zum zur auf für an am im in aus bei nach vor über
        unter um als auch noch nur schon wie wenn dass daß was wer so dann doch mehr sehr""",
    "fr": """le la les l un une des du de d et ou mais ne pas plus est sont était été être a ont
        avait il elle ils elles nous vous je on se sa son ses leur leurs ce cette ces qui que
        qu dans sur pour par avec sans au aux en y comme si aussi très tout tous""",
    "es": """el la los las lo un una unos unas de del y o pero no es son era fue han ha había
        ser se su sus le les que quien cual en con por para sin sobre al como más muy también
        este esta estos estas ese esa eso ya cuando donde porque entre""",
    "it": """il lo la i gli le un uno una di del della dei delle e o ma non è sono era stato
        ha hanno che chi cui in con per su da dal dalla al alla nel nella come più anche questo
        questa si se suo sua loro ci""",
    "pt": """o a os as um uma uns umas de do da dos das e ou mas não é são era foi ser tem
        têm que quem em no na nos nas com por para sem sobre ao aos como mais muito também
        este esta isso se seu sua já quando""",
    "nl": """de het een en of maar niet geen is zijn was waren wordt werd heeft hebben had
        hij zij ze wij we jij je ik het dat die dit deze wat wie van in op aan met voor door
        naar bij uit over als ook nog er om te tot dan""",
    "sv": """och att det som en ett den de är var har hade inte på i av för med till från
        om men eller så han hon vi jag du sig sin sitt sina också när efter""",
    "no": """og at det som en et den de er var har hadde ikke på i av for med til fra om men
        eller så han hun vi jeg du seg sin sitt sine også når etter""",
    "da": """og at det som en et den de er var har havde ikke på i af for med til fra om men
        eller så han hun vi jeg du sig sin sit sine også når efter""",
    "tr": """ve ile bir bu şu o da de ki için gibi daha çok en ama veya ya ne mi mı olarak
        olan oldu olduğu ise kadar sonra önce""",
    "pl": """i w na z do że się nie to jest był była było są o od po przez dla jak ale lub
        jego jej ich tak także oraz""",
}

STOPWORDS: frozenset[str] = frozenset(w for words in _BY_LANGUAGE.values() for w in words.split())
