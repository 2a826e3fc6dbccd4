-- Record syntax: construction by field names, field selectors, and update.
data Engine = Engine {columns :: Int, digits :: Int, builder :: String} deriving Show

main :: IO ()
main = do
  let e = Engine {columns = 1000, digits = 50, builder = "Babbage"}
  print (columns e, digits e)
  putStrLn (builder e)
  let smaller = e {columns = 100}
  print smaller
  print (e {digits = 40, builder = "Ludgate"})
  print (map columns [e, smaller])
-- expect: (1000,50)
-- expect: Babbage
-- expect: Engine {columns = 100, digits = 50, builder = "Babbage"}
-- expect: Engine {columns = 1000, digits = 40, builder = "Ludgate"}
-- expect: [1000,100]
