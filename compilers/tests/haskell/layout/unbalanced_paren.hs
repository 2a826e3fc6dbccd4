-- An unclosed parenthesis is reported where the input ends (the line after the last).
-- error: 5:1: parse error (possibly incorrect indentation or mismatched brackets)
main :: IO ()
main = print (1 + (2 * 3)
