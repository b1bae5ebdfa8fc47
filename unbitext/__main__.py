from unbitext.cli import main

main()
