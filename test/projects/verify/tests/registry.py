ITEMS = []


def add_item(name):
    ITEMS.append(name)


def add_more(name):
    ITEMS.append(name)


def count_items():
    return len(ITEMS)


def total():
    return len(ITEMS)
