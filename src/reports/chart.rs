//! Horizontal bar charts, laid out here once and drawn two ways: as SVG text for the HTML
//! report ([`Layout::to_svg`]) and as elements by the staff page (which never parses markup).
//!
//! Readable without colour: every bar has its name written above it and its number written
//! after it, so there is no legend to match colours against; bars are one colour, and the
//! page's CSS turns them to the system's text colour in forced-colours mode. The SVG is one
//! image to assistive technology (`role="img"`, labelled by its `<title>` and `<desc>`), and
//! its numbers are always also given as a table beside it.

/// A chart: groups (weeks, hubs) of labelled bars, all on one scale.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Chart {
    pub groups: Vec<Group>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// A heading above the group's bars ("Week of 23 November 2026"); empty for none.
    pub label: String,
    pub bars: Vec<Bar>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    pub label: String,
    pub value: u64,
}

/// Where everything goes, in the SVG's user units (pixels at its natural size).
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub width: u32,
    pub height: u32,
    pub marks: Vec<Mark>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Mark {
    /// A line of text; `y` is its baseline.
    Text {
        x: u32,
        y: u32,
        kind: TextKind,
        text: String,
    },
    Rect {
        x: u32,
        y: u32,
        width: u32,
        height: u32,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextKind {
    Group,
    Label,
    Value,
}

impl TextKind {
    /// The class the stylesheets style it by.
    pub fn class(self) -> &'static str {
        match self {
            TextKind::Group => "chart__group",
            TextKind::Label => "chart__label",
            TextKind::Value => "chart__value",
        }
    }
}

/// The natural width: a phone's, so on one the text is drawn at about its natural size.
pub const WIDTH: u32 = 320;
/// The text size, in user units.
pub const FONT: u32 = 16;
/// Room after the longest bar for its number.
const NUMBER_ROOM: u32 = 64;
const LINE: u32 = 19;
const BAR_HEIGHT: u32 = 16;
const BAR_GAP: u32 = 7;
const GROUP_GAP: u32 = 14;
/// About how many characters of 16-unit text fit the width; longer labels wrap at spaces.
const LINE_CHARS: usize = 34;

impl Chart {
    pub fn is_empty(&self) -> bool {
        self.groups.iter().all(|g| g.bars.is_empty())
    }

    /// The largest value, which every bar is scaled against, so groups can be compared.
    pub fn max(&self) -> u64 {
        self.groups
            .iter()
            .flat_map(|g| g.bars.iter().map(|b| b.value))
            .max()
            .unwrap_or(0)
    }

    pub fn layout(&self) -> Layout {
        let max = self.max();
        let span = WIDTH - NUMBER_ROOM;
        let mut marks = Vec::new();
        let mut y = 0;
        for (i, g) in self.groups.iter().enumerate() {
            if i > 0 {
                y += GROUP_GAP;
            }
            for line in wrap(&g.label) {
                y += LINE + 4;
                marks.push(text(0, y - 6, TextKind::Group, line));
            }
            for b in &g.bars {
                for line in wrap(&b.label) {
                    y += LINE;
                    marks.push(text(0, y - 5, TextKind::Label, line));
                }
                y += 2;
                let width = bar_width(b.value, max, span);
                if width > 0 {
                    marks.push(Mark::Rect {
                        x: 0,
                        y,
                        width,
                        height: BAR_HEIGHT,
                    });
                }
                let after = if width > 0 { width + 6 } else { 0 };
                marks.push(text(after, y + 13, TextKind::Value, b.value.to_string()));
                y += BAR_HEIGHT + BAR_GAP;
            }
        }
        Layout {
            width: WIDTH,
            height: y.max(1),
            marks,
        }
    }
}

fn text(x: u32, y: u32, kind: TextKind, text: String) -> Mark {
    Mark::Text { x, y, kind, text }
}

/// A bar's length: proportional, and never zero for a count above zero, so one person
/// still shows as a bar.
fn bar_width(value: u64, max: u64, span: u32) -> u32 {
    if value == 0 || max == 0 {
        return 0;
    }
    let w = (u128::from(value) * u128::from(span)).div_ceil(u128::from(max));
    (w as u32).clamp(2, span)
}

/// Splits a label into lines of at most about [`LINE_CHARS`] characters, at spaces; a word
/// longer than a line is left whole. An empty label has no lines.
pub fn wrap(label: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in label.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > LINE_CHARS {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

impl Layout {
    /// The same chart for a right-to-left page, where text inherits `direction: rtl` and so
    /// runs leftwards from its anchor: bars grow from the right edge, names and numbers are
    /// anchored on the right.
    pub fn mirrored(mut self) -> Layout {
        for m in &mut self.marks {
            match m {
                Mark::Text { x, .. } => *x = self.width - *x,
                Mark::Rect { x, width, .. } => *x = self.width - *x - *width,
            }
        }
        self
    }

    /// The chart as a standalone `<svg>` element: `id` prefixes its title's and description's
    /// ids, which label it. Every text is escaped.
    pub fn to_svg(&self, id: &str, title: &str, desc: &str) -> String {
        use super::escape;
        use std::fmt::Write;
        let id = escape(id);
        let mut out = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {w} {h}\" \
             width=\"{w}\" height=\"{h}\" font-size=\"{FONT}\" role=\"img\" \
             aria-labelledby=\"{id}-title {id}-desc\"><title id=\"{id}-title\">{}</title>\
             <desc id=\"{id}-desc\">{}</desc>",
            escape(title),
            escape(desc),
            w = self.width,
            h = self.height,
        );
        for m in &self.marks {
            let _ = match m {
                Mark::Text { x, y, kind, text } => write!(
                    out,
                    "<text x=\"{x}\" y=\"{y}\" class=\"{}\">{}</text>",
                    kind.class(),
                    escape(text)
                ),
                Mark::Rect {
                    x,
                    y,
                    width,
                    height,
                } => write!(
                    out,
                    "<rect x=\"{x}\" y=\"{y}\" width=\"{width}\" height=\"{height}\" class=\"chart__bar\"/>"
                ),
            };
        }
        out.push_str("</svg>");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_largest_and_small_counts_still_show() {
        assert_eq!(bar_width(0, 10, 300), 0);
        assert_eq!(bar_width(10, 10, 300), 300);
        assert_eq!(bar_width(5, 10, 300), 150);
        assert_eq!(bar_width(1, 1_000_000, 300), 2);
        assert_eq!(bar_width(u64::MAX, u64::MAX, 300), 300);
    }

    #[test]
    fn a_mirrored_chart_grows_from_the_right() {
        let chart = Chart {
            groups: vec![Group {
                label: String::new(),
                bars: vec![Bar {
                    label: "a".into(),
                    value: 1,
                }],
            }],
        };
        let ltr = chart.layout();
        let rtl = ltr.clone().mirrored();
        let span = WIDTH - NUMBER_ROOM;
        assert!(matches!(ltr.marks[1], Mark::Rect { x: 0, width, .. } if width == span));
        assert!(matches!(rtl.marks[0], Mark::Text { x: WIDTH, .. }));
        assert!(
            matches!(rtl.marks[1], Mark::Rect { x, width, .. } if x == NUMBER_ROOM && width == span)
        );
        assert!(matches!(rtl.marks[2], Mark::Text { x, .. } if x == NUMBER_ROOM - 6));
    }

    #[test]
    fn long_labels_wrap_at_spaces() {
        assert_eq!(wrap(""), Vec::<String>::new());
        assert_eq!(wrap("Rent arrears"), vec!["Rent arrears"]);
        let long = "Not enough money for food or heating today or in the next few days";
        let lines = wrap(long);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| l.chars().count() <= LINE_CHARS));
        assert_eq!(lines.join(" "), long);
    }
}
