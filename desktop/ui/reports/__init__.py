"""The owner's reports screen and the PDF preview and printing any screen can use."""
