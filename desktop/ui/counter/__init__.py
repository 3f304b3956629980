"""The counter screen: find a customer, book a purchase, hand out a reward."""
