export const short = {
  en_US: 'Runs a two-Spark AI cluster: dashboard, model swaps and one LAN API',
}

export const long = {
  en_US:
    'Spark Control looks after a private AI cluster of NVIDIA DGX Sparks. It shows in plain English whether everything is up, swaps the model vLLM serves, and gives the apps on your network one OpenAI-compatible address for chat, speech, embeddings and search. It reaches the Sparks over SSH with its own key.',
}
