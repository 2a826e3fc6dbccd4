-- A data constructor that no declaration introduces.
data Shape = Circle Int | Square Int

main :: IO ()
main = case Triangle 3 of
  Circle r -> print r
  _ -> putStrLn "other"
-- error: 5:13: Data constructor not in scope: Triangle
