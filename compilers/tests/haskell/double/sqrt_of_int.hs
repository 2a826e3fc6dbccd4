-- sqrt needs a Floating type: an Int has to be converted with fromIntegral first.
main :: IO ()
main = do
  let n = length [1, 2, 3, 4]
  print (sqrt n)
-- error: 5:10: No instance for (Floating Int) arising from a use of ‘sqrt’
