use super::normalize;
use serde::{Deserialize, Serialize};
use std::fmt;

/// ふりがな, kept in hiragana so that staff can search one way whatever
/// the resident typed (katakana, half-width katakana, hiragana).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Kana(String);

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum KanaError {
    #[error("{}", crate::texts::Text::ErrorKanaEmpty.said())]
    Empty,
    #[error("{}", crate::texts::Text::ErrorKanaNotKana.said())]
    NotKana,
    #[error("{}", crate::texts::Text::ErrorKanaTooLong.said())]
    TooLong,
}

impl Kana {
    pub fn parse(input: &str) -> Result<Self, KanaError> {
        // NFKC turns half-width katakana into full-width.
        let value = normalize(input);
        if value.is_empty() {
            return Err(KanaError::Empty);
        }
        let mut out = String::new();
        let mut last_space = false;
        for c in value.chars() {
            match c {
                // Katakana → hiragana: the blocks are 0x60 apart.
                'ァ'..='ヶ' => out.push(char::from_u32(c as u32 - 0x60).unwrap_or(c)),
                'ぁ'..='ゖ' | 'ー' | 'ゝ' | 'ゞ' | 'ヽ' | 'ヾ' => out.push(c),
                c if c.is_whitespace() => {
                    if !last_space {
                        out.push(' ');
                    }
                    last_space = true;
                    continue;
                }
                _ => return Err(KanaError::NotKana),
            }
            last_space = false;
        }
        if out.chars().count() > 50 {
            return Err(KanaError::TooLong);
        }
        Ok(Self(out))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The same reading in katakana (as a resident may have typed it).
    pub fn katakana(&self) -> String {
        // Hiragana → katakana: the blocks are 0x60 apart (as in `parse`).
        self.0.chars().map(|c| if ('ぁ'..='ゖ').contains(&c) { char::from_u32(c as u32 + 0x60).unwrap_or(c) } else { c }).collect()
    }
}

impl fmt::Display for Kana {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_hiragana_and_folds_katakana() {
        assert_eq!(Kana::parse("いみず　たろう").unwrap().as_str(), "いみず たろう");
        assert_eq!(Kana::parse("イミズ タロウ").unwrap().as_str(), "いみず たろう");
        assert_eq!(Kana::parse("ｲﾐｽﾞ ﾀﾛｳ").unwrap().as_str(), "いみず たろう");
        assert_eq!(Kana::parse("ヴァーノン").unwrap().as_str(), "ゔぁーのん");
    }

    #[test]
    fn rejects_kanji_latin_and_empty() {
        assert_eq!(Kana::parse("射水 太郎"), Err(KanaError::NotKana));
        assert_eq!(Kana::parse("imizu"), Err(KanaError::NotKana));
        assert_eq!(Kana::parse("　"), Err(KanaError::Empty));
        assert_eq!(Kana::parse(&"あ".repeat(51)), Err(KanaError::TooLong));
    }
}
