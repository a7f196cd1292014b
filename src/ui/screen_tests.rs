//! Keys through `update`, then the screen drawn: the timeline, the player profile and
//! time. They live beside drawing since they draw; `app` itself never imports `ui`.

mod profile;
mod time;
mod timeline;
