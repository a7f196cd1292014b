//! The words around a numeral that say what it counts: currencies, percent signs, count
//! nouns with their rates, and qualifiers such as `sekitar` or `more than`.

use super::text::{Shape, Text};

/// A currency written before the amount: `Rp`, `Rp.`, `US$`, `$`, `S$`, `€`, `IDR`.
pub fn currency_before(text: &Text, i: usize) -> Option<(&'static str, usize)> {
    if text.shape(i) == Some(Shape::Punct) {
        let code = symbol(text.raw(i))?;
        return Some((code, i + 1));
    }
    if !text.is_word(i) {
        return None;
    }
    if text.is(i + 1, '$') && text.attached(i + 1) {
        let code = match text.raw(i) {
            "US" | "USD" => "USD",
            "S" | "SG" => "SGD",
            "A" | "AU" => "AUD",
            "HK" => "HKD",
            "NZ" => "NZD",
            "C" | "CA" => "CAD",
            "NT" => "TWD",
            _ => return None,
        };
        return Some((code, i + 2));
    }
    let code = match text.lower(i) {
        "rp" => "IDR",
        "rm" if text.raw(i) == "RM" => "MYR",
        _ => iso_code(text.raw(i)).or_else(|| lower_code(text, i))?,
    };
    let next = if text.is(i + 1, '.') && text.attached(i + 1) {
        i + 2
    } else if code == "IDR" && text.is(i + 1, ',') && text.attached(i + 1) {
        // `Rp, 25.000`: a slip of the comma for the full stop, but only before digits,
        // so `dalam Rp, bukan dolar` stays no amount.
        return (text.shape(i + 2) == Some(Shape::Number)).then_some((code, i + 2));
    } else {
        i + 1
    };
    text.shape(next).is_some().then_some((code, next))
}

fn symbol(raw: &str) -> Option<&'static str> {
    Some(match raw {
        "$" => "USD",
        "€" => "EUR",
        "£" => "GBP",
        "¥" => "JPY",
        "₹" => "INR",
        "₩" => "KRW",
        "₱" => "PHP",
        "฿" => "THB",
        "₫" => "VND",
        "₽" => "RUB",
        _ => return None,
    })
}

/// ISO 4217 codes that news commonly uses, written in capitals.
fn iso_code(raw: &str) -> Option<&'static str> {
    const CODES: [&str; 20] = [
        "USD", "IDR", "SGD", "EUR", "GBP", "JPY", "CNY", "MYR", "AUD", "HKD", "INR", "KRW", "THB",
        "PHP", "VND", "CHF", "CAD", "NZD", "TWD", "RMB",
    ];
    let code = CODES.iter().find(|&&c| c == raw)?;
    Some(if *code == "RMB" { "CNY" } else { code })
}

/// A code written in lower case (`usd 20`, `20 idr`): only the codes that are no common
/// word, and only beside digits.
fn lower_code(text: &Text, i: usize) -> Option<&'static str> {
    const LOWER: [&str; 10] = [
        "usd", "idr", "sgd", "eur", "jpy", "cny", "myr", "hkd", "aud", "rmb",
    ];
    let word = text.lower(i);
    if !LOWER.contains(&word) || text.raw(i) != word {
        return None;
    }
    let digits = |k: Option<usize>| k.is_some_and(|k| text.shape(k) == Some(Shape::Number));
    if !(digits(Some(i + 1)) || digits(i.checked_sub(1))) {
        return None;
    }
    iso_code(&word.to_ascii_uppercase())
}

/// Words naming currencies, for the recognisers' quick first-word check.
pub const STARTERS: &[&str] = &[
    "rp", "rm", "us", "s", "hk", "nz", "c", "nt", "sg", "au", "ca", "usd", "idr", "sgd", "eur",
    "jpy", "cny", "myr", "hkd", "aud", "rmb", "minus", "min", "negatif", "negative", "a", "an",
];

/// A currency symbol or word written after the digits (`10$`, `20 Rp`, `5 €`): not when
/// it opens the next amount instead.
fn symbol_after(text: &Text, k: usize) -> Option<(&'static str, usize)> {
    let code = match text.shape(k)? {
        Shape::Punct => symbol(text.raw(k))?,
        Shape::Word if text.raw(k) == "Rp" => "IDR",
        _ => return None,
    };
    let opens_next = text.shape(k + 1) == Some(Shape::Number) && text.attached(k + 1);
    (!opens_next && (text.attached(k) || text.raw(k) != "$")).then_some((code, k + 1))
}

/// A currency written after the amount: `rupiah`, `dolar AS`, `US dollars`, `USD`.
pub fn currency_after(text: &Text, k: usize) -> Option<(&'static str, usize)> {
    if let Some(code) = iso_code(text.raw(k)).or_else(|| lower_code(text, k)) {
        return Some((code, k + 1));
    }
    if let Some(found) = symbol_after(text, k) {
        return Some(found);
    }
    let word = text.lower(k);
    // The country first: `US dollars`, `Singapore dollars`, `Hong Kong dollars`.
    let dollar = |at: usize| matches!(text.lower(at), "dollar" | "dollars" | "dolar");
    let country = match word {
        "us" | "american" => Some("USD"),
        "singapore" | "singaporean" => Some("SGD"),
        "australian" => Some("AUD"),
        "canadian" => Some("CAD"),
        "swiss" if matches!(text.lower(k + 1), "franc" | "francs") => return Some(("CHF", k + 2)),
        "taiwan" | "taiwanese" => Some("TWD"),
        "hong" if text.lower(k + 1) == "kong" && dollar(k + 2) => return Some(("HKD", k + 3)),
        "new" if text.lower(k + 1) == "zealand" && dollar(k + 2) => return Some(("NZD", k + 3)),
        _ => None,
    };
    if let Some(code) = country.filter(|_| dollar(k + 1)) {
        return Some((code, k + 2));
    }
    let adjective = matches!(
        word,
        "malaysian" | "chinese" | "japanese" | "indonesian" | "thai" | "philippine" | "indian"
    );
    if adjective && text.is_word(k + 1) {
        return currency_after(text, k + 1);
    }
    if matches!(word, "dolar" | "dollar" | "dollars") {
        let code = match text.lower(k + 1) {
            "singapura" | "singapore" => "SGD",
            "australia" => "AUD",
            "hongkong" => "HKD",
            "taiwan" => "TWD",
            "kanada" | "canada" => "CAD",
            "selandia" if text.lower(k + 2) == "baru" => return Some(("NZD", k + 3)),
            "hong" if text.lower(k + 2) == "kong" => return Some(("HKD", k + 3)),
            "as" | "amerika" | "us" => "USD",
            _ => return Some(("USD", k + 1)),
        };
        return Some((code, k + 2));
    }
    // `5 pounds` may weigh; `5 million pounds` and `pounds sterling` are money.
    let pound = matches!(word, "pound" | "pounds");
    if word == "poundsterling"
        || pound && (scaled_before(text, k) || text.lower(k + 1) == "sterling")
    {
        let next = if text.lower(k + 1) == "sterling" {
            k + 2
        } else {
            k + 1
        };
        return Some(("GBP", next));
    }
    // `won` and `dong` are also a verb and a particle: only a large amount makes them
    // currencies (`5 miliar won`, `200.000 dong`).
    let large = scaled_before(text, k) || text.raw(k.saturating_sub(1)).len() > 3;
    let code = match word {
        "rupiah" => "IDR",
        "buck" | "bucks" => "USD",
        "franc" | "francs" => "CHF",
        "sterling" => "GBP",
        "won" if large => "KRW",
        "dong" if large || text.raw(k) == "dong" => "VND",
        "euro" | "euros" => "EUR",
        "yen" => "JPY",
        "yuan" | "renminbi" => "CNY",
        "ringgit" => "MYR",
        "baht" => "THB",
        "peso" | "pesos" => "PHP",
        "rupee" | "rupees" => "INR",
        _ => return None,
    };
    Some((code, k + 1))
}

/// Whether a scale word (`juta`, `billion`, `bn`) ends just before token `k`.
fn scaled_before(text: &Text, k: usize) -> bool {
    let Some(before) = k.checked_sub(1) else {
        return false;
    };
    let word = text.lower(before);
    super::numbers::scale_exponent(word).is_some()
        || matches!(word, "bn" | "mn" | "mln" | "tn" | "trn" | "jt" | "rb")
}

/// A noun that says what a number counts, as its English plural.
pub fn count_noun(text: &Text, k: usize) -> Option<(&'static str, usize)> {
    let noun = match text.lower(k) {
        "pengguna" | "user" | "users" => "users",
        "paket" | "parcel" | "parcels" | "package" | "packages" => "parcels",
        "pedagang" | "merchant" | "merchants" => "merchants",
        "penjual" | "seller" | "sellers" => "sellers",
        "umkm" | "msme" | "msmes" => "MSMEs",
        "ukm" | "sme" | "smes" => "SMEs",
        "karyawan" | "pegawai" | "employee" | "employees" => "employees",
        "pekerja" | "worker" | "workers" => "workers",
        "job" | "jobs" | "pekerjaan" => "jobs",
        "staf" | "staff" => "staff",
        "toko" | "store" | "stores" | "shop" | "shops" => "stores",
        "transaksi" | "transaction" | "transactions" => "transactions",
        "perusahaan" | "company" | "companies" | "firm" | "firms" => "companies",
        "orang" | "people" | "person" | "persons" => "people",
        "unduhan" | "download" | "downloads" => "downloads",
        "pelanggan" | "customer" | "customers" => "customers",
        "pesanan" | "order" | "orders" => "orders",
        "kreator" | "creator" | "creators" => "creators",
        "akun" | "account" | "accounts" => "accounts",
        "saham" | "share" | "shares" => "shares",
        "pengemudi" | "driver" | "drivers" => "drivers",
        "mitra" | "partner" | "partners" => "partners",
        "produk" | "product" | "products" => "products",
        "pelanggan-aktif" | "subscriber" | "subscribers" => "subscribers",
        _ => return None,
    };
    Some((noun, k + 1))
}

/// A rate after a count: `per hari`, `a day`, `sehari`, `setiap bulan`, `daily`.
pub fn rate_after(text: &Text, k: usize) -> Option<(&'static str, usize)> {
    let period = |word: &str| -> Option<&'static str> {
        Some(match word {
            "hari" | "day" => "day",
            "pekan" | "minggu" | "week" => "week",
            "bulan" | "month" => "month",
            "tahun" | "year" => "year",
            _ => return None,
        })
    };
    match text.lower(k) {
        "per" | "a" | "each" | "every" | "setiap" | "tiap" => {
            period(text.lower(k + 1)).map(|p| (p, k + 2))
        }
        "sehari" | "daily" => Some(("day", k + 1)),
        "sepekan" | "seminggu" | "weekly" => Some(("week", k + 1)),
        "sebulan" | "monthly" => Some(("month", k + 1)),
        "setahun" | "annually" | "yearly" => Some(("year", k + 1)),
        _ => None,
    }
}

/// A qualifier just before an amount, normalised to English: `sekitar` → `about`.
pub fn qualifier_before(text: &Text, i: usize) -> Option<&'static str> {
    let one = i.checked_sub(1).map(|j| text.lower(j));
    let two = i.checked_sub(2).map(|j| text.lower(j));
    let pair = (two.unwrap_or(""), one.unwrap_or(""));
    Some(match pair {
        ("lebih" | "more", "dari" | "than") | ("di", "atas") => "over",
        ("kurang", "lebih") | ("kira", "kira") => "about",
        ("kurang" | "less", "dari" | "than") | ("di", "bawah") => "under",
        ("at", "least") => "at least",
        ("up", "to") => "up to",
        (_, "sekitar" | "about" | "around" | "approximately" | "roughly" | "some") => "about",
        (_, "hampir" | "nearly" | "almost") => "nearly",
        (_, "over" | "above") => "over",
        (_, "under" | "below") => "under",
        (_, "setidaknya" | "sedikitnya" | "minimal") => "at least",
        (_, "maksimal") => "up to",
        _ => return None,
    })
}
