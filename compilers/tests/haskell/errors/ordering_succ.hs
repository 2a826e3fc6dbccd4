-- succ and pred past the ends of a Prelude enumeration (Ordering, Bool) name the method, as GHC's do.
main :: IO ()
main = do
  print [LT ..]
  print (map succ [LT, EQ], map pred [True])
  print (succ GT)
-- expect: [LT,EQ,GT]
-- expect: ([EQ,GT],[False])
-- GHC reports on stderr: Prelude.Enum.Ordering.succ: bad argument
-- expect runtime error: trap
-- expect exit: 1
