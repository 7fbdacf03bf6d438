from roles.cli import main

main()
