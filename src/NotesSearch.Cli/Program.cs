using NotesSearch.Cli;

return NotesCli.Run(args, Console.Out, Console.Error);
