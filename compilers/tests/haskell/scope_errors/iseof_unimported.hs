-- isEOF comes from System.IO, which this program does not import.
main :: IO ()
main = do
  eof <- isEOF
  print eof
-- error: 4:10: Variable not in scope: isEOF
