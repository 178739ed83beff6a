"""Month and weekday names: the one table every date reader uses.

``MONTHS`` holds every language the pages come in (lower case, accents kept), for visible
page dates and timestamp lines. The dateline grammar reads English only (``ENGLISH_MONTHS``),
because a wire dateline is English and a loose match there would turn place names into dates.
"""

from __future__ import annotations

import unicodedata

# English months as wire copy spells them; abbreviations are read with or without a dot.
_ENGLISH_ROWS: tuple[tuple[str, ...], ...] = (
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sep", "sept"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)
ENGLISH_MONTHS: dict[str, int] = {
    name: number for number, names in enumerate(_ENGLISH_ROWS, start=1) for name in names
}

_ENGLISH_WEEKDAY_ROWS: tuple[tuple[str, ...], ...] = (
    ("monday", "mon"),
    ("tuesday", "tue", "tues"),
    ("wednesday", "wed"),
    ("thursday", "thu", "thur", "thurs"),
    ("friday", "fri"),
    ("saturday", "sat"),
    ("sunday", "sun"),
)
# Weekday number (Monday is 0, as datetime counts) of an English name or abbreviation.
ENGLISH_WEEKDAYS: dict[str, int] = {
    name: number for number, names in enumerate(_ENGLISH_WEEKDAY_ROWS) for name in names
}

# Month names and abbreviations of every language we read, by month number.
_MONTH_ROWS: tuple[tuple[int, str], ...] = (
    (
        1,
        "january jan januar jänner janvier janv enero ene gennaio gen janeiro januari januar "
        "styczeń stycznia ocak ιανουαρίου leden ledna январь января jän jänner ianuarie január januára "
        "tammikuuta січня",
    ),
    (
        2,
        "february feb februar feber février févr fevr febrero febbraio fevereiro fev februari "
        "luty lutego şubat subat únor února февраль февраля fév φεβρουαρίου februarie február "
        "februára helmikuuta лютого",
    ),
    (
        3,
        "march mar märz maerz mars marzo março marco maart marts mars mart marzec marca "
        "březen března март марта mär mrz mrt maret μαρτίου martie március maaliskuuta березня",
    ),
    (
        4,
        "april apr avril avr abril aprile abr kwiecień kwietnia nisan duben dubna апрель апреля "
        "απριλίου aprilie április apríla huhtikuuta квітня",
    ),
    (
        5,
        "may mai mayo maggio mag maio mei maj mayıs mayis květen května май мая μαΐου május "
        "mája toukokuuta травня",
    ),
    (
        6,
        "june jun juni juin junio giugno giu junho czerwiec czerwca haziran červen června июнь июня "
        "ιουνίου iunie június júna kesäkuuta червня",
    ),
    (
        7,
        "july jul juli juillet juil julio luglio lug julho lipiec lipca temmuz červenec července июль "
        "июля ιουλίου iulie július júla heinäkuuta липня",
    ),
    (
        8,
        "august aug août aout agosto ago augustus augusti sierpień sierpnia ağustos agustos srpen "
        "srpna август августа agustus avgust αυγούστου augusztus augusta elokuuta серпня",
    ),
    (
        9,
        "september sep sept septembre septiembre setiembre settembre set setembro wrzesień "
        "września eylül eylul září сентябрь сентября septembar σεπτεμβρίου septembrie szeptember "
        "septembra syyskuuta вересня",
    ),
    (
        10,
        "october oct oktober octobre octubre ottobre ott outubro out okt październik października "
        "ekim říjen října октябрь октября oktobar οκτωβρίου octombrie október októbra lokakuuta "
        "жовтня",
    ),
    (
        11,
        "november nov novembre noviembre novembro listopad listopada kasım kasim листопад ноябрь "
        "ноября novembar νοεμβρίου noiembrie novembra marraskuuta листопада",
    ),
    (
        12,
        "december dec dezember décembre decembre diciembre dic dicembre dezembro dez "
        "grudzień grudnia aralık aralik prosinec prosince декабрь декабря déc desember decembar "
        "δεκεμβρίου decembrie decembra joulukuuta грудня",
    ),
    # Arabic (Egyptian-style names, with and without hamza): "12 مارس 2024".
    (1, "يناير"),
    (2, "فبراير"),
    (3, "مارس"),
    (4, "أبريل ابريل"),
    (5, "مايو"),
    (6, "يونيو"),
    (7, "يوليو"),
    (8, "أغسطس اغسطس"),
    (9, "سبتمبر"),
    (10, "أكتوبر اكتوبر"),
    (11, "نوفمبر"),
    (12, "ديسمبر"),
    # Lithuanian (genitive, as dates write it), Latvian (nominative and locative), Estonian.
    (1, "sausio janvāris janvārī jaanuar jaanuaril"),
    (2, "vasario februāris februārī veebruar veebruaril"),
    (3, "kovo marts martā märts märtsil"),
    (4, "balandžio aprīlis aprīlī aprill aprillil"),
    (5, "gegužės maijs maijā"),
    (6, "birželio jūnijs jūnijā juuni juunil"),
    (7, "liepos jūlijs jūlijā juuli juulil"),
    (8, "rugpjūčio augusts augustā augustil"),
    (9, "rugsėjo septembris septembrī septembril"),
    (10, "spalio oktobris oktobrī oktoober oktoobril"),
    (11, "lapkričio novembris novembrī novembril"),
    (12, "gruodžio decembris decembrī detsember detsembril"),
    # Croatian (genitive; its "listopad" is October, but Czech and Polish November keep the
    # name), Slovene and Serbian Latin where they differ from the names above.
    (1, "siječnja siječanj januarja"),
    (2, "veljače veljača februarja"),
    (3, "ožujka ožujak marec"),
    (4, "travnja travanj aprila"),
    (5, "svibnja svibanj"),
    (6, "lipnja lipanj junij junija"),
    (7, "srpnja srpanj julij julija"),
    (8, "kolovoza kolovoz avgusta"),
    (9, "rujna rujan septembra"),
    (11, "studenoga studenog studeni"),
    (12, "prosinca prosinac"),
    # Bulgarian and Serbian Cyrillic.
    (1, "януари јануар јануара"),
    (2, "февруари фебруар фебруара"),
    (3, "март марта"),
    (4, "април априла"),
    (5, "май мај маја"),
    (6, "юни јун јуна"),
    (7, "юли јул јула"),
    (8, "август августа"),
    (9, "септември септембар септембра"),
    (10, "октомври октобар октобра"),
    (11, "ноември новембар новембра"),
    (12, "декември децембар децембра"),
    # Polish genitive May, Czech genitive November: the forms dates write ("3 maja 2024",
    # "3. listopadu 2024").
    (5, "maja"),
    (11, "listopadu"),
    # Catalan and Galician where they differ from Spanish and Portuguese ("12 de març de 2024").
    (1, "gener xaneiro"),
    (2, "febrer febreiro"),
    (3, "març"),
    (5, "maig"),
    (6, "juny xuño"),
    (7, "juliol xullo"),
    (8, "agost"),
    (9, "setembre"),
    (12, "desembre decembro"),
    # Malay and Filipino where they differ from Indonesian and Spanish.
    (2, "pebrero"),
    (3, "mac marso"),
    (6, "hunyo"),
    (7, "julai hulyo"),
    (8, "ogos"),
    (9, "setyembre"),
    (10, "oktubre"),
    (11, "nobyembre"),
    (12, "disember disyembre"),
    # Icelandic where it differs from the Nordic names above.
    (1, "janúar"),
    (2, "febrúar"),
    (4, "apríl"),
    (5, "maí"),
    (6, "júní"),
    (7, "júlí"),
    (8, "ágúst"),
    (10, "október"),
    (11, "nóvember"),
    # Greek nominative, and the genitive as capitals print it (without accents).
    (1, "ιανουάριος ιανουαριου"),
    (2, "φεβρουάριος φεβρουαριου"),
    (3, "μάρτιος μαρτιου"),
    (4, "απρίλιος απριλιου"),
    (5, "μάιος μαΐου μαιου"),
    (6, "ιούνιος ιουνιου"),
    (7, "ιούλιος ιουλιου"),
    (8, "αύγουστος αυγουστου"),
    (9, "σεπτέμβριος σεπτεμβριου"),
    (10, "οκτώβριος οκτωβριου"),
    (11, "νοέμβριος νοεμβριου"),
    (12, "δεκέμβριος δεκεμβριου"),
    # Hebrew, bare and with the prefix "ב" (in) that dates use ("13 במרץ 2024").
    (1, "ינואר בינואר"),
    (2, "פברואר בפברואר"),
    (3, "מרץ במרץ מרס במרס"),
    (4, "אפריל באפריל"),
    (5, "מאי במאי"),
    (6, "יוני ביוני"),
    (7, "יולי ביולי"),
    (8, "אוגוסט באוגוסט"),
    (9, "ספטמבר בספטמבר"),
    (10, "אוקטובר באוקטובר"),
    (11, "נובמבר בנובמבר"),
    (12, "דצמבר בדצמבר"),
    # Levantine Arabic (Lebanon, Syria, Jordan), the one-word names: "13 آذار 2024".
    (2, "شباط"),
    (3, "آذار اذار"),
    (4, "نيسان"),
    (5, "أيار ايار"),
    (6, "حزيران"),
    (7, "تموز"),
    (9, "أيلول ايلول"),
    # Urdu (Arabic script, Gregorian names): "29 اگست 2020".
    (1, "جنوری"),
    (2, "فروری"),
    (3, "مارچ"),
    (4, "اپریل"),
    (5, "مئی"),
    (6, "جون"),
    (7, "جولائی"),
    (8, "اگست"),
    (9, "ستمبر"),
    (10, "اکتوبر"),
    (11, "نومبر"),
    (12, "دسمبر"),
    # Persian, for Gregorian dates ("۲۹ اوت ۲۰۲۰"; "مارس" is Arabic's too).
    (1, "ژانویه"),
    (2, "فوریه"),
    (4, "آوریل"),
    (6, "ژوئن"),
    (7, "ژوئیه"),
    (8, "اوت"),
    (9, "سپتامبر"),
    (10, "اکتبر"),
    (11, "نوامبر"),
    (12, "دسامبر"),
    # Indic scripts: Hindi and Nepali (with both spellings of the nasal), Marathi, Bengali,
    # Gujarati, Punjabi (Gurmukhi), Tamil, Telugu, Kannada, Malayalam. Their vowel signs
    # are no \w characters: datetext reads these words with a pattern of their own.
    (1, "जनवरी जानेवारी জানুয়ারি জানুয়ারী જાન્યુઆરી ਜਨਵਰੀ ஜனவரி జనవరి ಜನವರಿ ജനുവരി"),
    (2, "फ़रवरी फरवरी फेब्रुवारी फेब्रुअरी ফেব্রুয়ারি ফেব্রুয়ারী ફેબ્રુઆરી ਫਰਵਰੀ பிப்ரவரி ఫిబ్రవరి ಫೆಬ್ರವರಿ ഫെബ്രുവരി"),
    (3, "मार्च মার্চ માર્ચ ਮਾਰਚ மார்ச் మార్చి ಮಾರ್ಚ್ മാർച്ച്"),
    (4, "अप्रैल एप्रिल अप्रिल এপ্রিল એપ્રિલ ਅਪ੍ਰੈਲ ஏப்ரல் ఏప్రిల్ ಏಪ್ರಿಲ್ ഏപ്രിൽ"),
    (5, "मई মে ਮਈ மே మే ಮೇ മേയ്"),
    (6, "जून जुन জুন જૂન ਜੂਨ ஜூன் జూన్ ಜೂನ್ ജൂൺ"),
    (7, "जुलाई जुलै জুলাই જુલાઈ ਜੁਲਾਈ ஜூலை జూలై ಜುಲೈ ജൂലൈ"),
    (8, "अगस्त ऑगस्ट अगस्ट আগস্ট আগষ্ট ઑગસ્ટ ઓગસ્ટ ਅਗਸਤ ஆகஸ்ட் ఆగస్టు ಆಗಸ್ಟ್ ഓഗസ്റ്റ്"),
    (
        9,
        "सितंबर सितम्बर सप्टेंबर सेप्टेम्बर সেপ্টেম্বর સપ્ટેમ્બર ਸਤੰਬਰ செப்டம்பர் సెప్టెంబర్ ಸೆಪ್ಟೆಂಬರ್ സെപ്റ്റംബർ",
    ),
    (10, "अक्टूबर अक्तूबर ऑक्टोबर अक्टोबर অক্টোবর ઑક્ટોબર ઓક્ટોબર ਅਕਤੂਬਰ அக்டோபர் అక్టోబర్ ಅಕ್ಟೋಬರ್ ഒക്ടോബർ"),
    (11, "नवंबर नवम्बर नोव्हेंबर नोभेम्बर নভেম্বর નવેમ્બર ਨਵੰਬਰ நவம்பர் నవంబర్ ನವೆಂಬರ್ നവംബർ"),
    (12, "दिसंबर दिसम्बर डिसेंबर डिसेम्बर ডিসেম্বর ડિસેમ્બર ਦਸੰਬਰ டிசம்பர் డిసెంబర్ ಡಿಸೆಂಬರ್ ഡിസംബർ"),
    # Thai, written out and abbreviated ("29 ส.ค. 2563"; the final dot is read off).
    (1, "มกราคม ม.ค"),
    (2, "กุมภาพันธ์ ก.พ"),
    (3, "มีนาคม มี.ค"),
    (4, "เมษายน เม.ย"),
    (5, "พฤษภาคม พ.ค"),
    (6, "มิถุนายน มิ.ย"),
    (7, "กรกฎาคม ก.ค"),
    (8, "สิงหาคม ส.ค"),
    (9, "กันยายน ก.ย"),
    (10, "ตุลาคม ต.ค"),
    (11, "พฤศจิกายน พ.ย"),
    (12, "ธันวาคม ธ.ค"),
)
MONTHS: dict[str, int] = {**ENGLISH_MONTHS}
for _number, _names in _MONTH_ROWS:
    # Pages write Bengali "য়" and Devanagari "फ़" both as one code point and as letter plus
    # nukta: the table holds the composed (NFC) form, and readers normalise a word so.
    for _name in unicodedata.normalize("NFC", _names).split():
        MONTHS.setdefault(_name, _number)

# Abbreviations that are everyday words too (Spanish "ago", Portuguese "out", "set"), and
# month names that are also given names or words ("Maja", "Mac"): a month only beside a day
# and a year, never on their own.
EVERYDAY_WORDS: frozenset[str] = frozenset({"ago", "out", "set", "gen", "mag", "maja", "mac"})

# Units of relative dates ("3 hours ago", "vor 2 Tagen", "il y a 3 jours"), as days back from
# the day the page was read; an hour or a minute back is that day. Weeks, months and years
# are left out: "2 weeks ago" names no day.
_RELATIVE_ROWS: tuple[tuple[int, str], ...] = (
    (
        0,
        "second seconds sec secs minute minutes min mins hour hours hr hrs sekunde sekunden minute "
        "minuten stunde stunden seconde secondes heure heures segundo segundos minuto minutos hora "
        "horas secondi minuti ora ore seconden minuut uur sekunder minuter minutter timme timmar "
        "time timer h hr",
    ),
    (1, "d day days tag tagen jour jours día días dia dias giorno giorni dag dagen dagar dage dager"),
)
RELATIVE_UNITS: dict[str, int] = {name: days for days, names in _RELATIVE_ROWS for name in names.split()}
# "Yesterday" in the languages above: a day back, when a clock follows it ("gestern, 14:05").
YESTERDAY_WORDS: frozenset[str] = frozenset(
    {"yesterday", "gestern", "hier", "ayer", "ieri", "ontem", "gisteren", "igår", "i går"}
)

# Weekday names in the other languages, Monday first, for telling a timestamp line from story
# text and a date from the name before it.
WEEKDAYS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "de": ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "da": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
}
FOREIGN_WEEKDAYS: frozenset[str] = frozenset(w for names in WEEKDAYS_BY_LANGUAGE.values() for w in names)
