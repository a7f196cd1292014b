//! The words that say what a sentence reports: event words and the verbs a title uses,
//! the verbs and nouns of a figure, hedges, intentions, and the words that make an event
//! word refer to something else (negation, a time clause, an earlier sentence).

use crate::data::Kind;

/// An event word: the kind it makes and how a title says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cue {
    pub kind: Kind,
    /// The title's verb: `invests`, `shuts down`.
    pub does: &'static str,
    /// The same for an intention: `to invest`.
    pub will: &'static str,
    /// A noun that an article can point back to (`akuisisi itu`, `the deal`).
    pub noun: bool,
}

const fn cue(kind: Kind, does: &'static str, will: &'static str, noun: bool) -> Option<Cue> {
    Some(Cue {
        kind,
        does,
        will,
        noun,
    })
}

/// The event a word names, if any. `next` is the following word, for the two-word forms
/// (`kerja sama`, `hubungan kerja`, `laid off`).
pub fn event_word(word: &str, next: &str) -> Option<Cue> {
    use Kind::*;
    match (word, next) {
        ("hubungan", "kerja") | ("laid" | "lay" | "lays" | "laying", "off") => {
            cue(Layoff, "lays off staff", "to lay off staff", false)
        }
        ("kerja", "sama") => cue(Deal, "signs a partnership", "to sign a partnership", true),
        // `menambah modal`, `suntikan modal`, `capital injection`: money put in.
        ("menambah" | "suntikan" | "menyuntik", "modal") | ("capital", "injection") => {
            cue(Investment, "invests", "to invest", false)
        }
        ("take" | "takes" | "took" | "taking", "over") | ("mengambil", "alih") => {
            cue(Deal, "acquires", "to acquire", false)
        }
        _ => event_word_alone(word),
    }
}

#[rustfmt::skip]
fn event_word_alone(word: &str) -> Option<Cue> {
    use Kind::*;
    match word {
        "phk" | "layoff" | "layoffs" | "merumahkan" | "memberhentikan" | "pemutusan" =>
            cue(Layoff, "lays off staff", "to lay off staff", true),
        "larangan" | "ban" => cue(Regulation, "issues a ban", "to issue a ban", true),
        "melarang" | "dilarang" | "bans" | "banned" | "banning" | "barred" | "prohibits"
        | "forbade" | "forbids" =>
            cue(Regulation, "issues a ban", "to issue a ban", false),
        "mencabut" | "dicabut" | "revoked" | "revokes" | "revoke" =>
            cue(Regulation, "revokes a licence", "to revoke a licence", false),
        "pencabutan" | "revocation" =>
            cue(Regulation, "revokes a licence", "to revoke a licence", true),
        "aturan" | "peraturan" | "permendag" | "regulation" | "regulations" | "rules" =>
            cue(Regulation, "issues new rules", "to issue new rules", true),
        "penutupan" | "closure" => cue(Closure, "shuts down", "to shut down", true),
        "menutup" | "ditutup" | "tutup" | "berhenti" | "menghentikan" | "dihentikan" | "closed" | "closes" | "close" | "shut"
        | "shuts" | "halt" | "halts" | "halted" | "stopped" | "ceased" | "ceases" => cue(Closure, "shuts down", "to shut down", false),
        "pembicaraan" | "negosiasi" | "talks" | "negotiations" =>
            cue(Talks, "in talks", "to hold talks", true),
        "berbicara" | "berunding" | "negotiating" | "spoke" | "spoken" | "talked" =>
            cue(Talks, "in talks", "to hold talks", false),
        "investasi" | "investment" | "pendanaan" | "funding" =>
            cue(Investment, "invests", "to invest", true),
        "berinvestasi" | "menanamkan" | "menyuntikkan" | "invest" | "invests" | "invested"
        | "committed" | "berkomitmen" => cue(Investment, "invests", "to invest", false),
        "akuisisi" | "acquisition" | "stake" =>
            cue(Deal, "makes an acquisition", "to make an acquisition", true),
        "mengakuisisi" | "diakuisisi" | "acquire" | "acquires" | "acquired" | "membeli" | "buy"
        | "buys" | "bought" => cue(Deal, "acquires", "to acquire", false),
        "merger" | "penggabungan" => cue(Deal, "merges", "to merge", true),
        "merged" | "merge" | "merges" | "digabung" | "bergabung" =>
            cue(Deal, "merges", "to merge", false),
        "kesepakatan" | "kemitraan" | "deal" | "agreement" | "partnership" =>
            cue(Deal, "signs a deal", "to sign a deal", true),
        "peluncuran" | "launch" | "ekspansi" | "expansion" =>
            cue(Launch, "launches", "to launch", true),
        "meluncurkan" | "diluncurkan" | "launches" | "launched" | "unveils" | "unveiled"
        | "beroperasi" | "expand" | "expands" | "expanded" | "open" | "opens" | "opened" => {
            cue(Launch, "launches", "to launch", false)
        }
        "proyeksi" | "prediksi" | "forecast" | "projection" | "outlook" =>
            cue(Forecast, "forecasts", "forecasts", true),
        "diproyeksikan" | "memproyeksikan" | "diperkirakan" | "memperkirakan" | "diprediksi"
        | "memprediksi" | "forecasts" | "projected" | "projects" | "expects" | "expect"
        | "expected" | "estimate" | "estimates" | "estimated" | "predicts" | "predicted" =>
            cue(Forecast, "forecasts", "forecasts", false),
        "pertemuan" | "meeting" => cue(Meeting, "meets", "to meet", true),
        "bertemu" | "meet" | "meets" | "met" => cue(Meeting, "meets", "to meet", false),
        "mengumumkan" | "announced" | "announces" =>
            cue(Statement, "makes an announcement", "to make an announcement", false),
        _ => None,
    }
}

/// Whether the words before a forecasting verb (`back[0]` the nearest) make it the yardstick of
/// a figure already reported rather than a forecast: `analysts had expected $3.2 billion`,
/// `better than expected`, `lebih tinggi dari yang diperkirakan`.
pub fn yardstick(back: [&str; 2]) -> bool {
    let than = |w: &str| matches!(w, "than" | "dari" | "daripada" | "ketimbang");
    matches!(back[0], "had" | "sebelumnya")
        || (back[0] == "been" && back[1] == "had")
        || than(back[0])
        // `dari yang diperkirakan`, `than analysts expected`; not `analis dari Mandiri`.
        || back[0] == "yang" && than(back[1])
        || matches!(back[1], "than" | "daripada" | "ketimbang")
}

/// Verbs of keeping to a rule or a deal someone else made: `respect local rules`,
/// `mematuhi aturan`. The event noun after them is not news of the sentence's subject.
pub fn complying(word: &str) -> bool {
    matches!(
        word,
        "respect"
            | "respects"
            | "follow"
            | "follows"
            | "obey"
            | "obeys"
            | "comply"
            | "complies"
            | "mematuhi"
            | "menghormati"
            | "mengikuti"
            | "menaati"
            | "mentaati"
            | "patuh"
            | "taat"
    )
}

/// Modal verbs that make a forecast of a figure (`could lift the share to 30 percent`).
pub fn modal(word: &str) -> bool {
    matches!(word, "could" | "might" | "bisa" | "dapat" | "berpotensi")
}

/// Verbs and nouns that say a figure measures something or changes: with a figure, the
/// sentence is a metric. The direction it moves in, when the word says one.
#[rustfmt::skip]
pub fn figure_word(word: &str) -> Option<Direction> {
    use Direction::*;
    Some(match word {
        "naik" | "meningkat" | "tumbuh" | "bertumbuh" | "melonjak" | "melesat" | "menguat"
        | "rose" | "rises" | "rise" | "risen" | "grew" | "grows" | "grow" | "jumped"
        | "jumps" | "climbed" | "surged" | "increased" | "doubled" | "gained" | "up"
        | "growing" => Up,
        "turun" | "menurun" | "anjlok" | "merosot" | "melemah" | "terkoreksi" | "fell"
        | "falls" | "fall" | "dropped" | "drops" | "declined" | "declines" | "slumped"
        | "decreased" | "shrank" | "down" => Down,
        "mencapai" | "mencatat" | "mencatatkan" | "membukukan" | "tercatat" | "menembus"
        | "meraup" | "meraih" | "melayani" | "memiliki" | "punya" | "menguasai" | "menyumbang"
        | "holds"
        | "menaikkan" | "menurunkan" | "mempertahankan" | "berbalik" | "senilai" | "reached"
        | "reaches" | "reach" | "posted" | "posts" | "reported" | "reports" | "recorded"
        | "booked" | "has" | "had" | "handled" | "handles" | "kept" | "keeps" | "raised"
        | "lowered" | "values" | "valued" | "totalled" | "totaled" | "topped" | "serves"
        | "served" | "mengirim" | "mengirimkan" | "delivered" | "delivers" | "shipped"
        | "worth" | "bernilai" | "pendapatan" | "laba" | "rugi" | "kerugian" | "penjualan" | "omzet"
        | "pangsa" | "valuasi" | "revenue" | "revenues" | "sales" | "profit" | "loss"
        | "valuation" | "share" => Level,
        _ => return None,
    })
}

/// Which way a figure moved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    Level,
}

/// What a figure is, in a title's words: `pendapatan` is revenue.
#[rustfmt::skip]
pub fn measure(word: &str, next: &str) -> Option<&'static str> {
    Some(match (word, next) {
        ("laba", "bersih") | ("net", "profit") => "net profit",
        ("pangsa", _) | ("market", "share") => "market share",
        ("nilai", "transaksi") => "transaction value",
        ("suku", "bunga") | ("benchmark" | "interest", "rate") => "interest rate",
        ("pendapatan" | "revenue" | "revenues", _) => "revenue",
        ("laba" | "profit", _) => "profit",
        ("rugi" | "kerugian" | "loss", _) => "loss",
        ("penjualan" | "omzet" | "sales", _) => "sales",
        ("saham" | "shares", _) => "shares",
        ("komisi" | "commission", _) => "commission",
        ("gmv", _) | ("gross", "merchandise") => "GMV",
        ("valuasi" | "valuation", _) => "valuation",
        _ => return None,
    })
}

/// Verbs that, with a count of employees or jobs, make a lay-off: `cut 600 jobs`,
/// `berdampak pada 200 karyawan`.
pub fn cut_word(word: &str) -> bool {
    matches!(
        word,
        "cut"
            | "cuts"
            | "cutting"
            | "slash"
            | "slashes"
            | "eliminate"
            | "affects"
            | "affected"
            | "memangkas"
            | "mengurangi"
            | "berdampak"
            | "terdampak"
            | "memutus"
    )
}

/// The units of a count of people who can lose their jobs.
/// Nouns for a company's staff, for a cut written as a share: `memangkas 10%
/// karyawannya`, `cut 5% of its workforce`.
pub fn staff_noun(word: &str) -> bool {
    matches!(
        word,
        "karyawan"
            | "karyawannya"
            | "pegawai"
            | "pegawainya"
            | "pekerja"
            | "pekerjanya"
            | "employees"
            | "workforce"
            | "staff"
            | "jobs"
            | "headcount"
    )
}

pub fn staff_unit(unit: &str) -> bool {
    matches!(unit, "employees" | "workers" | "jobs" | "staff" | "people")
}

/// Words before an event word that deny it: `will not launch`, `belum bertemu`.
pub fn negation(word: &str) -> bool {
    matches!(
        word,
        "not" | "never" | "no" | "tidak" | "tak" | "belum" | "bukan" | "batal" | "denied"
    )
}

/// Words that deny whatever event words follow them in the sentence: `denied that it
/// would close`.
pub fn denial(word: &str) -> bool {
    matches!(
        word,
        "denied" | "denies" | "membantah" | "menampik" | "dibantah"
    )
}

/// Words before an event word that make it the time of something else: `before the
/// ban`, `sebelum ditutup`.
pub fn time_clause(word: &str) -> bool {
    matches!(
        word,
        "before"
            | "after"
            | "since"
            | "following"
            | "sebelum"
            | "setelah"
            | "sesudah"
            | "sejak"
            | "pasca"
            | "menyusul"
    )
}

/// Words that set a figure against another time: `compared with last year`,
/// `dibandingkan tahun lalu`.
pub fn comparison(word: &str) -> bool {
    matches!(
        word,
        "compared"
            | "than"
            | "versus"
            | "vs"
            | "dibandingkan"
            | "dibanding"
            | "ketimbang"
            | "daripada"
    )
}

/// Words that open a clause giving a reason: an event word in it is not the news.
pub fn reason_clause(word: &str) -> bool {
    matches!(word, "because" | "karena" | "sebab" | "lantaran")
}

/// Nouns that point back to an earlier sentence's event when a demonstrative goes with
/// them (`langkah itu`, `the move`), besides the event nouns.
pub fn pointer_noun(word: &str) -> bool {
    matches!(
        word,
        "langkah"
            | "keputusan"
            | "kebijakan"
            | "rencana"
            | "transaksi"
            | "move"
            | "step"
            | "change"
            | "plan"
            | "decision"
            | "transaction"
            | "tie-up"
    )
}

/// Demonstratives after an Indonesian noun.
pub fn demonstrative_after(word: &str) -> bool {
    matches!(word, "itu" | "tersebut" | "ini")
}

/// Determiners before an English noun that point back.
pub fn demonstrative_before(word: &str) -> bool {
    matches!(word, "the" | "this" | "that")
}

/// Words that say the news is heard, not confirmed: `dikabarkan`, `reportedly`.
pub fn hearsay(word: &str, next: &str) -> bool {
    matches!(
        word,
        "dikabarkan"
            | "kabarnya"
            | "dilaporkan"
            | "disebut"
            | "disebut-sebut"
            | "rumor"
            | "isu"
            | "reportedly"
            | "rumoured"
            | "rumored"
            | "allegedly"
            | "purportedly"
    ) || matches!(
        (word, next),
        ("sources" | "source" | "sumber", _)
            | ("people", "familiar")
            | ("is" | "was" | "were" | "are" | "been", "reported")
    )
}

/// Words that put an event in the future: `akan`, `plans to`, `will`.
pub fn intention(word: &str) -> bool {
    matches!(
        word,
        "akan"
            | "berencana"
            | "direncanakan"
            | "merencanakan"
            | "dijadwalkan"
            | "berniat"
            | "hendak"
            | "menargetkan"
            | "bersiap"
            // `berkomitmen menyuntikkan`: a pledge is of what is still to be done.
            | "berkomitmen"
            | "will"
            | "would"
            | "plans"
            | "planned"
            | "planning"
            | "scheduled"
            | "intends"
            | "aims"
            | "targets"
    )
}

/// Words after which a player only tells the news: `kata`, `according to`, `said`.
pub fn speaker_before(word: &str) -> bool {
    matches!(word, "kata" | "ujar" | "ungkap" | "menurut" | "according")
}

/// Words after a player that make it the teller of the news.
pub fn speaker_after(word: &str) -> bool {
    matches!(
        word,
        "said" | "says" | "told" | "mengatakan" | "menyatakan" | "menyebut" | "declined"
    )
}

/// Words after which a player is an owner named in passing: `owned by Alibaba`,
/// `milik PT GoTo`, `anak usaha`, `dimiliki oleh`.
pub fn owner_before(word: &str, before: &str) -> bool {
    matches!(word, "milik" | "induk" | "dimiliki")
        || matches!((before, word), ("owned" | "backed" | "unit", "by" | "of"))
        || matches!((before, word), ("anak", "usaha" | "perusahaan"))
        || matches!((before, word), ("dimiliki" | "dikendalikan", "oleh"))
}

/// The two tokens after a name that make it an owner named in a modifier:
/// `Alibaba-owned`, `Alibaba-backed`.
pub fn owner_after(next: &str, then: &str) -> bool {
    next == "-" && matches!(then, "owned" | "backed" | "controlled")
}

/// Whether a closing word followed by `after` (the next few words) tells where a price
/// or an index closed, not a shutdown: `saham BUKA ditutup melemah 2,5 persen`,
/// `ditutup di level 152`, `shares closed 3% higher`, `the index closed at 7,100`.
pub fn price_close(after: [&str; 3]) -> bool {
    let moved = |w: &str| {
        matches!(
            w,
            "menguat"
                | "melemah"
                | "stagnan"
                | "datar"
                | "flat"
                | "higher"
                | "lower"
                | "unchanged"
                | "mixed"
        )
    };
    let [next, then, _] = after;
    moved(next)
        // `ditutup naik 2%`, `closed up 3%`; `shut down`, `closed down` are shutdowns.
        || matches!(next, "naik" | "turun" | "up" | "down")
            && then.starts_with(|c: char| c.is_ascii_digit())
        || after[1..].iter().any(|w| moved(w)) && next.starts_with(|c: char| c.is_ascii_digit())
        || matches!(next, "di" | "pada" | "at") && matches!(then, "level" | "posisi" | "harga")
        // `at 7,100` is a level; `pada 4 Oktober` a date, `di 5 kota` places.
        || next == "at" && then.starts_with(|c: char| c.is_ascii_digit())
}

/// Words just before an event word that make it a recap of what happened before, not
/// news: `sempat ditutup`, `pernah menutup`, `had previously shut`, `earlier closed`.
/// `earlier` counts only right before the verb (`earlier this month` dates news).
pub fn recap(word: &str, distance: usize) -> bool {
    matches!(word, "sempat" | "pernah" | "previously" | "formerly")
        || (distance == 1 && word == "earlier")
}

/// Words that open a clause about something else than the event word before them: an
/// intention in it (`launches X, which will sell …`) does not make the event planned.
pub fn relative_clause(word: &str) -> bool {
    matches!(word, "," | "which" | "who" | "that" | "yang" | "where")
}

/// Words after a comma that start a clause of its own.
pub fn clause_joiner(word: &str) -> bool {
    matches!(
        word,
        "while"
            | "and"
            | "but"
            | "whereas"
            | "sementara"
            | "sedangkan"
            | "dan"
            | "namun"
            | "tetapi"
    )
}

/// Nouns after `X's` that name another company by its tie to X: `Tokopedia's parent`.
pub fn relative_noun(word: &str) -> bool {
    matches!(
        word,
        "parent" | "owner" | "unit" | "subsidiary" | "backer" | "investor" | "rival"
    )
}

/// Words that stand for the company an earlier sentence named: `perseroan`,
/// `the company`.
pub fn company_pointer(word: &str, before: &str) -> bool {
    matches!(
        word,
        "perseroan" | "perusahaan" | "manajemen" | "emiten" | "its"
    ) || matches!(
        (before, word),
        ("perusahaan" | "platform" | "layanan", "itu" | "tersebut")
    ) || matches!(
        (before, word),
        (
            "the",
            "company" | "group" | "firm" | "platform" | "retailer" | "marketplace"
        )
    )
}

/// Verbs of weighing a step not yet taken: `weighing`, `menjajaki`.
pub fn weighing(word: &str) -> bool {
    matches!(
        word,
        "weighing"
            | "weighs"
            | "considering"
            | "considers"
            | "mulling"
            | "mulls"
            | "exploring"
            | "explores"
            | "mempertimbangkan"
            | "menjajaki"
    )
}

/// Nouns of a new line of business, which a weighing verb makes a launch weighed.
pub fn venture(word: &str) -> bool {
    matches!(
        word,
        "service" | "business" | "platform" | "venture" | "entry" | "layanan" | "bisnis"
    )
}

/// `similar`, `serupa`: the same kind of step as the one told before.
pub fn similar(word: &str) -> bool {
    matches!(word, "similar" | "serupa")
}

/// Nouns of a step taken, which `similar` can say was taken again: `a similar move`.
pub fn step(word: &str) -> bool {
    matches!(
        word,
        "move"
            | "step"
            | "steps"
            | "action"
            | "measure"
            | "policy"
            | "decision"
            | "langkah"
            | "kebijakan"
            | "keputusan"
            | "tindakan"
    )
}
