//! HTTP for `pasar fetch` and `pasar ingest URL`: a blocking client with limits on
//! everything a server controls.
//!
//! Connect and total timeouts, at most five redirects, gzip, a body cap checked while
//! reading (a larger body is an error, never an allocation), a `User-Agent` naming pasar,
//! one request at a time per host with a pause between, and conditional GET.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use ureq::ResponseExt;

/// Limits and manners; tests shorten the timeouts and the pause.
#[derive(Clone, Debug)]
pub struct Options {
    /// For the TCP (and TLS) connection.
    pub connect_timeout: Duration,
    /// For a whole request: redirects, headers and body.
    pub timeout: Duration,
    /// The largest body read, in bytes.
    pub max_body: u64,
    /// How long to wait between two requests to the same host.
    pub pause: Duration,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            connect_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(30),
            max_body: 8 << 20,
            pause: Duration::from_secs(1),
        }
    }
}

/// At most this many redirects are followed.
pub const MAX_REDIRECTS: u32 = 5;

/// What a server said a resource's version was, to ask next time whether it changed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// A successful response's body and what describes it.
#[derive(Debug)]
pub struct Body {
    pub bytes: Vec<u8>,
    pub content_type: Option<String>,
    /// The address after redirects, against which relative links resolve.
    pub url: String,
    pub validators: Validators,
}

/// What a GET brought back.
#[derive(Debug)]
pub enum Reply {
    /// 304: unchanged since the validators were given.
    NotModified,
    Body(Body),
}

/// Why a GET failed; said after the address, as in `cannot reach URL: HTTP 404`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum HttpError {
    #[error("HTTP {0}")]
    Status(u16),
    #[error("the response is larger than {}", size(*.0))]
    TooBig(u64),
    #[error("no complete response within {} s", .0.as_secs_f64())]
    Timeout(Duration),
    #[error("more than {MAX_REDIRECTS} redirects")]
    Redirects,
    #[error("{0}")]
    Failed(String),
}

/// A size in the largest whole unit: `8 MiB`, `64 KiB`, `100 bytes`.
fn size(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 20 && b % (1 << 20) == 0 => format!("{} MiB", b >> 20),
        b if b >= 1 << 10 && b % (1 << 10) == 0 => format!("{} KiB", b >> 10),
        b => format!("{b} bytes"),
    }
}

/// A client that keeps its manners across requests.
pub struct Client {
    agent: ureq::Agent,
    options: Options,
    /// When each host last answered.
    last: HashMap<String, Instant>,
}

impl Client {
    pub fn new(options: Options) -> Client {
        let agent = ureq::Agent::config_builder()
            .timeout_connect(Some(options.connect_timeout))
            .timeout_global(Some(options.timeout))
            .max_redirects(MAX_REDIRECTS)
            .http_status_as_error(false)
            .user_agent(concat!("pasar/", env!("CARGO_PKG_VERSION")))
            .build()
            .new_agent();
        Client {
            agent,
            options,
            last: HashMap::new(),
        }
    }

    /// GETs `url`, sending the validators so that an unchanged resource costs a 304.
    pub fn get(&mut self, url: &str, validators: &Validators) -> Result<Reply, HttpError> {
        let host = url::Url::parse(url)
            .ok()
            .and_then(|u| u.host_str().map(str::to_owned))
            .unwrap_or_default();
        if let Some(last) = self.last.get(&host) {
            let wait = self.options.pause.saturating_sub(last.elapsed());
            std::thread::sleep(wait);
        }
        let result = self.request(url, validators);
        self.last.insert(host, Instant::now());
        result
    }

    fn request(&self, url: &str, validators: &Validators) -> Result<Reply, HttpError> {
        let mut request = self.agent.get(url);
        if let Some(etag) = &validators.etag {
            request = request.header("If-None-Match", etag);
        }
        if let Some(date) = &validators.last_modified {
            request = request.header("If-Modified-Since", date);
        }
        let mut response = request.call().map_err(|e| self.error(e))?;
        let status = response.status().as_u16();
        if status == 304 {
            return Ok(Reply::NotModified);
        }
        if !(200..300).contains(&status) {
            return Err(HttpError::Status(status));
        }
        let header = |name: &str| {
            let value = response.headers().get(name)?;
            value.to_str().ok().map(str::to_owned)
        };
        let content_type = header("content-type");
        let validators = Validators {
            etag: header("etag"),
            last_modified: header("last-modified"),
        };
        let url = response.get_uri().to_string();
        let bytes = (response.body_mut().with_config())
            .limit(self.options.max_body)
            .read_to_vec()
            .map_err(|e| self.error(e))?;
        Ok(Reply::Body(Body {
            bytes,
            content_type,
            url,
            validators,
        }))
    }

    fn error(&self, e: ureq::Error) -> HttpError {
        match e {
            ureq::Error::BodyExceedsLimit(_) => HttpError::TooBig(self.options.max_body),
            ureq::Error::Timeout(_) => HttpError::Timeout(self.options.timeout),
            ureq::Error::TooManyRedirects => HttpError::Redirects,
            ureq::Error::StatusCode(code) => HttpError::Status(code),
            ureq::Error::Io(e) if e.kind() == std::io::ErrorKind::TimedOut => {
                HttpError::Timeout(self.options.timeout)
            }
            other => HttpError::Failed(other.to_string()),
        }
    }
}
