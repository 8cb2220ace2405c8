//! QR codes for the referral hand-off, drawn as SVG path data so the app renders them as
//! ordinary elements (no raw HTML) and they print sharply at any size.

use qrcodegen::{QrCode, QrCodeEcc};

/// Light modules around the code: the QR specification asks for four, and phone cameras
/// struggle without them.
pub const QUIET_ZONE: i32 = 4;

/// A QR code as SVG: draw `<svg viewBox="0 0 {view_box} {view_box}"><path d="{path}"/></svg>`
/// with a light background.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrSvg {
    /// Modules per side, quiet zone included.
    pub view_box: i32,
    /// One `M x y h1 v1 h-1 z` square per dark module.
    pub path: String,
    /// The QR version (1 to 40): the bigger it is, the harder to scan from a screen.
    pub version: u8,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("the text is too long for a QR code ({0} bytes)")]
pub struct TooLong(pub usize);

/// Encodes `text` with error correction level M (15 % of the code can be damaged or badly
/// lit and still read), the usual choice for codes shown on screens and paper.
pub fn qr_svg(text: &str) -> Result<QrSvg, TooLong> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).map_err(|_| TooLong(text.len()))?;
    let size = code.size();
    let mut path = String::with_capacity((size * size) as usize * 6);
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            // A run of dark modules on a row is one rectangle: a third of the path's length.
            let start = x;
            while x < size && code.get_module(x, y) {
                x += 1;
            }
            if !path.is_empty() {
                path.push(' ');
            }
            path.push_str(&format!(
                "M{} {}h{}v1h-{}z",
                start + QUIET_ZONE,
                y + QUIET_ZONE,
                x - start,
                x - start
            ));
        }
    }
    Ok(QrSvg {
        view_box: size + 2 * QUIET_ZONE,
        path,
        version: code.version().value(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_text_is_a_small_code_inside_its_quiet_zone() {
        let qr = qr_svg("SIGNPOST/1\nREF:SP-4K7M-Q2XD").unwrap();
        assert!(qr.version <= 3, "version {}", qr.version);
        let size = qr.view_box - 2 * QUIET_ZONE;
        assert_eq!(size, 17 + 4 * qr.version as i32);
        // Every rectangle starts inside the code, never in the quiet zone.
        for part in qr.path.split(' ').filter(|p| p.starts_with('M')) {
            let x: i32 = part[1..].parse().unwrap();
            assert!(x >= QUIET_ZONE && x < QUIET_ZONE + size, "{part}");
        }
        // The top-left finder pattern: its first row is seven dark modules in one run.
        assert!(qr.path.starts_with("M4 4h7v1h-7z"), "{}", &qr.path[..40]);
    }

    #[test]
    fn longer_text_needs_a_bigger_version() {
        let short = qr_svg("a").unwrap();
        let long = qr_svg(&"a".repeat(900)).unwrap();
        assert!(long.version > short.version);
    }

    #[test]
    fn too_much_text_is_an_error_not_a_panic() {
        assert_eq!(qr_svg(&"x".repeat(5000)), Err(TooLong(5000)));
    }
}
