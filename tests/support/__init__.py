"""What the tests share: paths and fixture data, stand-ins, models of APIM, generated inputs, scratch repositories."""
