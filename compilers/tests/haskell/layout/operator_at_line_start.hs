-- A line indented more than the definition continues it, even when it starts with an operator.
total :: Int
total = 1
  + 2
  * 3
  - 4

names :: [String]
names =
  [ "Ada"
  , "Charles"
  ]
    ++ ["Luigi"]

main :: IO ()
main = do
  print total
  print names
-- expect: 3
-- expect: ["Ada","Charles","Luigi"]
