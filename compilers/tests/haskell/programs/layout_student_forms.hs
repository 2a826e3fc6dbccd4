-- Layout a student writes: if/then/else in do, case in let, nested where, operators defined locally.
import Control.Monad (forM_, when, unless)

classify :: Int -> String
classify n = case compare n 0 of
  LT -> "negative"
  EQ -> "zero"
  GT | n > 100 -> "big"
     | otherwise -> "positive"

main :: IO ()
main = do
  forM_ [-5, 0, 7, 1000] $ \n -> do
    let c = classify n
        star = if n > 0
          then "*"
          else "-"
    when (n /= 0) $
      putStrLn (c ++ " " ++ star)
    unless (n /= 0) $ putStrLn "nothing"
  let x |> f = f x
      infixl 1 |>
  print ([1 .. 10] |> filter even |> map (* 3) |> sum)
  print total
  where
    total = go 10
      where go 0 = 0
            go k = k + go (k - 1)
-- expect: negative -
-- expect: nothing
-- expect: positive *
-- expect: big *
-- expect: 90
-- expect: 55
