//! `signpost directory import`: reads the files, runs the import
//! (`signpost::engine::authoring::directory_import`) and writes what it gives back.

use crate::native::{flag_value, split_flag, usage_error, Failure};
use signpost::engine::authoring::directory_import::{import, ImportError, Request};
use signpost::engine::SourceFile;
use std::path::{Path, PathBuf};

/// The import's own options, taken out of the arguments before the shared parser sees them.
#[derive(Default)]
pub(crate) struct Options {
    mapping: Option<PathBuf>,
    name: Option<String>,
    translations: Vec<(String, PathBuf)>,
    example: bool,
    dry_run: bool,
}

pub(crate) fn take_options(raw: Vec<String>) -> Result<(Vec<String>, Options), Failure> {
    let mut o = Options::default();
    let mut rest = Vec::new();
    let mut it = raw.into_iter();
    while let Some(a) = it.next() {
        let (flag, inline) = split_flag(&a);
        let value = |it: &mut std::vec::IntoIter<String>| flag_value(&flag, inline.clone(), it);
        match flag.as_str() {
            "--mapping" => o.mapping = Some(PathBuf::from(value(&mut it)?)),
            "--name" => o.name = Some(value(&mut it)?),
            "--translations" => {
                let v = value(&mut it)?;
                let (locale, file) = v.split_once('=').ok_or_else(|| {
                    usage_error(format!(
                        "--translations \"{v}\" needs a language and a file, like cy=west.cy.todo.ftl"
                    ))
                })?;
                o.translations
                    .push((locale.to_owned(), PathBuf::from(file)));
            }
            "--example" => o.example = true,
            "--dry-run" => o.dry_run = true,
            _ => rest.push(a),
        }
    }
    Ok((rest, o))
}

impl Options {
    /// Whether any import option was given, so other commands can refuse them.
    pub(crate) fn any(&self) -> bool {
        self.mapping.is_some()
            || self.name.is_some()
            || !self.translations.is_empty()
            || self.example
            || self.dry_run
    }
}

fn read_text(path: &Path, what: &str) -> Result<String, Failure> {
    std::fs::read_to_string(path)
        .map_err(|e| Failure(format!("cannot read the {what} {}: {e}", path.display()), 1))
}

pub(crate) fn import_command(
    content_dir: &Path,
    content: &[SourceFile],
    export: &Path,
    o: &Options,
) -> Result<(), Failure> {
    let mapping_path = o.mapping.as_ref().ok_or_else(|| {
        usage_error("directory import needs --mapping FILE (content/directory/README.md)")
    })?;
    let export_text = read_text(export, "export")?;
    let mapping = read_text(mapping_path, "mapping file")?;
    let mut translations = Vec::new();
    for (locale, file) in &o.translations {
        translations.push((locale.clone(), read_text(file, "translations")?));
    }
    let stem = export
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let name = o
        .name
        .clone()
        .unwrap_or_else(|| signpost::engine::authoring::directory_import::name_from(&stem));
    let export_name = export
        .file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let outcome = import(&Request {
        export: &export_text,
        export_name: &export_name,
        mapping: &mapping,
        name: &name,
        content,
        translations: &translations,
        example: o.example,
    });
    print!("{}", outcome.report.to_text());
    match outcome.files {
        Ok(files) if o.dry_run => {
            println!(
                "\nDry run: the import would write {} file(s), and `signpost check` would pass. \
                 Nothing was written.",
                files.len()
            );
            Ok(())
        }
        Ok(files) => {
            println!();
            for f in &files {
                let path = content_dir.join(&f.path);
                if let Some(dir) = path.parent() {
                    std::fs::create_dir_all(dir)
                        .map_err(|e| Failure(format!("cannot create {}: {e}", dir.display()), 1))?;
                }
                std::fs::write(&path, &f.text)
                    .map_err(|e| Failure(format!("cannot write {}: {e}", path.display()), 1))?;
                println!("Wrote {}", path.display());
            }
            println!(
                "The content passes `signpost check` with them. Read the new .ftl files: the \
                 words came from the export."
            );
            Ok(())
        }
        Err(ImportError::Untranslated(sheets)) => {
            let dir = export.parent().unwrap_or(Path::new("."));
            let mut lines = vec![
                String::new(),
                ImportError::Untranslated(sheets.clone()).to_string(),
            ];
            for s in &sheets {
                let path = dir.join(format!("{name}.{}.todo.ftl", s.locale));
                std::fs::write(&path, &s.text)
                    .map_err(|e| Failure(format!("cannot write {}: {e}", path.display()), 1))?;
                lines.push(format!(
                    "The words to translate are in {}. When they are translated, run the same \
                     import again with --translations {}={}",
                    path.display(),
                    s.locale,
                    path.display()
                ));
            }
            Err(Failure(lines.join("\n"), 1))
        }
        Err(e) => Err(Failure(format!("\n{e}"), 1)),
    }
}
