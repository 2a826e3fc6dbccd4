-- Derived Show shows String and Char fields with quotes and escapes.
data Token = Word String | Sym Char | Num Int deriving Show

main :: IO ()
main = do
  print [Word "let", Sym '=', Num 42, Word "say \"hi\"", Sym '\n']
  print (Word "")
  print (Just "text", Just 'c')
-- expect: [Word "let",Sym '=',Num 42,Word "say \"hi\"",Sym '\n']
-- expect: Word ""
-- expect: (Just "text",Just 'c')
