use aho_corasick::AhoCorasick;
use aho_corasick::AhoCorasickBuilder;
use aho_corasick::MatchKind;

/// A replacer of byte patterns that does not run its automaton (nor allocate a new buffer, for
/// an owned input) when no byte of the input starts a pattern: the common case of attribute
/// values and text that need no encoding. Output is the same as `AhoCorasick::replace_all_bytes`.
pub struct QuickReplacer {
  searcher: AhoCorasick,
  replacements: Vec<Vec<u8>>,
  starts: [bool; 256],
}

impl QuickReplacer {
  pub fn new<P: AsRef<[u8]>>(
    kind: MatchKind,
    patterns: &[P],
    replacements: Vec<Vec<u8>>,
  ) -> QuickReplacer {
    let mut starts = [false; 256];
    for p in patterns {
      // An empty pattern matches anywhere: the automaton must always run.
      match p.as_ref().first() {
        Some(&b) => starts[b as usize] = true,
        None => starts = [true; 256],
      }
    }
    QuickReplacer {
      searcher: AhoCorasickBuilder::new()
        .match_kind(kind)
        .build(patterns)
        .unwrap(),
      replacements,
      starts,
    }
  }

  /// Whether a byte of `src` starts a pattern (if not, nothing is replaced).
  pub fn may_match(&self, src: &[u8]) -> bool {
    src.iter().any(|&b| self.starts[b as usize])
  }

  pub fn replace_all(&self, src: &[u8]) -> Vec<u8> {
    if self.may_match(src) {
      self.searcher.replace_all_bytes(src, &self.replacements)
    } else {
      src.to_vec()
    }
  }

  pub fn replace_all_owned(&self, src: Vec<u8>) -> Vec<u8> {
    if self.may_match(&src) {
      self.searcher.replace_all_bytes(&src, &self.replacements)
    } else {
      src
    }
  }
}

#[cfg(test)]
mod tests {
  use super::QuickReplacer;
  use aho_corasick::AhoCorasickBuilder;
  use aho_corasick::MatchKind;

  #[test]
  fn replaces_like_the_automaton_alone() {
    let patterns: Vec<Vec<u8>> = vec![b"\"1".to_vec(), b"\"".to_vec(), "é".into()];
    let replacements: Vec<Vec<u8>> = vec![b"&#34;1".to_vec(), b"&#34".to_vec(), b"&eacute".to_vec()];
    let quick = QuickReplacer::new(MatchKind::LeftmostLongest, &patterns, replacements.clone());
    let plain = AhoCorasickBuilder::new()
      .match_kind(MatchKind::LeftmostLongest)
      .build(&patterns)
      .unwrap();
    for input in ["", "plain text", "a \"quote\"1", "café", "\"", "x\"1é\""] {
      let expected = plain.replace_all_bytes(input.as_bytes(), &replacements);
      assert_eq!(quick.replace_all(input.as_bytes()), expected, "{input}");
      assert_eq!(quick.replace_all_owned(input.as_bytes().to_vec()), expected, "{input}");
    }
  }

  #[test]
  fn an_empty_pattern_always_runs_the_automaton() {
    let quick = QuickReplacer::new(MatchKind::Standard, &[b"".as_slice()], vec![b"-".to_vec()]);
    let plain = AhoCorasickBuilder::new().build([b"".as_slice()]).unwrap();
    assert_eq!(quick.replace_all(b"ab"), plain.replace_all_bytes(b"ab", &[b"-"]));
  }
}
