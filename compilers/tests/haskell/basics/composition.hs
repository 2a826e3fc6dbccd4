-- Function composition with (.) and application with ($).
main :: IO ()
main = do
  let inc = (+ 1)
      double = (* 2)
  print ((inc . double) 5)
  print ((double . inc) 5)
  print (map (negate . abs) [-3, 4, -5])
  print $ sum $ map (* 2) $ filter odd [1 .. 10]
  print (length . show $ 2 ^ 20)
  let pipeline = reverse . map succ . filter (/= ' ')
  putStrLn (pipeline "h al")
-- expect: 11
-- expect: 12
-- expect: [-3,-4,-5]
-- expect: 50
-- expect: 7
-- expect: mbi
