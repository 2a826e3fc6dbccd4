-- show of Int and Integer values, negative ones in lists and tuples.
main :: IO ()
main = do
  print (-5)
  print [-1, 2, -3]
  print (Just (-4))
  print (-1, -2)
  putStrLn (show 42 ++ "!")
  print (show (-7))
  print (12345678901234567890 * 98765432109876543210 :: Integer)
-- expect: -5
-- expect: [-1,2,-3]
-- expect: Just (-4)
-- expect: (-1,-2)
-- expect: 42!
-- expect: "-7"
-- expect: 1219326311370217952237463801111263526900
