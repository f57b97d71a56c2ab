"""British given names and surnames with a Greater Manchester ethnic mix, and their variants.

The weights approximate the 2021 Census mix of Greater Manchester's under-18s; the variant
table holds the nicknames and alternative spellings that real records disagree on.
"""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class NameGroup:
    """Names that tend to occur together (one family's naming tradition)."""

    key: str
    weight: int
    female: tuple[str, ...]
    male: tuple[str, ...]
    surnames: tuple[str, ...]


def _t(text: str) -> tuple[str, ...]:
    return tuple(text.split())


GROUPS: tuple[NameGroup, ...] = (
    NameGroup(
        "white_british",
        62,
        _t(
            "Olivia Amelia Isla Ava Mia Ivy Lily Isabella Sophia Grace Freya Poppy Evie Ella "
            "Chloe Jessica Kayleigh Courtney Chantelle Megan Bethany Shannon Jade Holly Lauren "
            "Paige Demi Leah Abigail Rebecca Katie Charlotte Emily Ellie Millie Tia Mollie Amber"
        ),
        _t(
            "Oliver George Harry Noah Jack Leo Charlie Jacob Alfie Freddie Thomas Joshua Callum "
            "Kyle Connor Liam Bradley Jordan Lewis Reece Tyler Daniel Matthew James William "
            "Ryan Nathan Jake Dylan Mason Kieran Jamie Ethan Owen Samuel Luke"
        ),
        _t(
            "Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson "
            "Evans Walker White Roberts Green Hall Wood Jackson Clarke Hughes Lees Holt Whittaker "
            "Ashworth Kershaw Schofield Butterworth Howarth Hardman Fletcher Heywood Ogden Barlow "
            "Bentley Crompton Entwistle Pilling Ramsden Sutcliffe Turner Kelly Murphy Moss"
        ),
    ),
    NameGroup(
        "pakistani",
        11,
        _t(
            "Aisha Ayesha Fatima Maryam Zainab Hafsa Aleena Anaya Khadija Sana Iqra Zara Amna "
            "Mahnoor Hira Noor Safa Laiba Alishba Eman"
        ),
        _t(
            "Mohammed Muhammad Ibrahim Yusuf Ali Hamza Zayn Ayaan Adam Bilal Haris Usman Rayyan "
            "Imran Faisal Umar Hassan Arham Zakariya Saad"
        ),
        _t(
            "Khan Hussain Ahmed Akhtar Iqbal Ali Shah Mahmood Rashid Aslam Butt Malik Mirza "
            "Qureshi Bibi Javed Anwar Rehman Sadiq Hanif"
        ),
    ),
    NameGroup(
        "bangladeshi",
        3,
        _t("Sumaiya Tasnim Nusrat Jannat Ruqayyah Sadia Mithila Farzana Tahmina Ayesha"),
        _t("Abdul Rahim Shahid Tanvir Sabbir Rafiq Mahbub Nazrul Arif Jamal"),
        _t("Begum Miah Uddin Rahman Islam Chowdhury Ahmed Hoque Ali Khatun"),
    ),
    NameGroup(
        "indian",
        2,
        _t("Priya Anjali Simran Harleen Kiran Asha Divya Navneet Jasleen Meera"),
        _t("Arjun Harjit Gurpreet Rohan Aarav Vikram Sanjay Jaspal Ravi Dev"),
        _t("Patel Singh Kaur Sharma Gill Sandhu Mistry Chauhan Parmar Bhatti"),
    ),
    NameGroup(
        "black_african",
        7,
        _t(
            "Amara Chiamaka Precious Blessing Favour Adaeze Nneka Mercy Abena Zainab Hodan "
            "Fartun Ifeoma Temitope Ruth"
        ),
        _t(
            "David Emmanuel Samuel Chidi Tobi Kwame Daniel Joseph Abdirahman Mohamed Tunde "
            "Chinedu Kofi Femi Ayodele"
        ),
        _t(
            "Okafor Adeyemi Mensah Osei Nwosu Okonkwo Balogun Abdi Mohamud Warsame Eze Adebayo "
            "Boateng Owusu Farah"
        ),
    ),
    NameGroup(
        "black_caribbean",
        2,
        _t("Shanice Tanisha Kiara Jada Aaliyah Tamika Keisha Nia Renee Destiny"),
        _t("Tyrone Jermaine Marcus Kai Jayden Reuben Darnell Leon Malachi Isaiah"),
        _t("Campbell Brown Francis Grant Baptiste Henry Edwards Reid Thomas Morgan"),
    ),
    NameGroup(
        "eastern_european",
        5,
        _t("Zuzanna Julia Wiktoria Natalia Alexandra Maria Oliwia Andreea Gabriela Kinga"),
        _t("Jakub Kacper Szymon Filip Mateusz Andrei Bartosz Dawid Lukas Mihai"),
        _t(
            "Nowak Kowalski Wisniewski Wojcik Kaminski Lewandowski Popescu Ionescu Dabrowski "
            "Zielinski Kowalczyk Horvath"
        ),
    ),
    NameGroup(
        "irish",
        3,
        _t("Siobhan Aoife Niamh Ciara Roisin Caitlin Orla Sinead Eimear Grainne"),
        _t("Sean Ciaran Patrick Declan Conor Niall Padraig Eoin Cathal Darragh"),
        _t("O'Brien O'Neill Murphy Byrne McCarthy Doherty Gallagher Kennedy Quinn McDonagh"),
    ),
    NameGroup(
        "arab_other",
        3,
        _t("Lina Yasmin Huda Salma Rania Amira Dalia Nour Layla Mariam"),
        _t("Omar Khalid Ahmad Tariq Karim Yasin Samir Jamal Mustafa Walid"),
        _t("Al-Sayed Haddad Nasser Saleh Hamdan Abdullah Al-Amin Mansour Osman Yassin"),
    ),
    NameGroup(
        "chinese",
        1,
        _t("Mei Xinyi Yuxin Lily Jia Hui Ling Wen Yan Qing"),
        _t("Wei Jun Hao Ming Kai Chen Jian Lei Tao Bo"),
        _t("Chen Wang Li Zhang Liu Wong Chan Lam Ng Cheung"),
    ),
)

# Nicknames and alternative spellings that real records use for the same person.
VARIANTS: dict[str, tuple[str, ...]] = {
    "Kayleigh": ("Kayley", "Kaylee", "Kayla"),
    "Mohammed": ("Muhammad", "Mohammad", "Mohamed", "Mohd"),
    "Muhammad": ("Mohammed", "Muhammed", "Mohammad"),
    "Mohamed": ("Mohammed", "Mohamud", "Maxamed"),
    "Jessica": ("Jess", "Jessie", "Jessika"),
    "Rebecca": ("Becky", "Becca", "Rebekah"),
    "Abigail": ("Abbie", "Abby", "Abi"),
    "Charlotte": ("Charlie", "Lottie"),
    "Bethany": ("Beth", "Bethanie"),
    "Katie": ("Kate", "Katy", "Caitlin"),
    "Ellie": ("Elle", "Eleanor"),
    "Millie": ("Milly", "Amelia"),
    "Mollie": ("Molly",),
    "Chantelle": ("Chantel", "Shantelle"),
    "Courtney": ("Kortney", "Courtnie"),
    "Isabella": ("Bella", "Izzy", "Isabelle"),
    "Olivia": ("Liv", "Livvy"),
    "Sophia": ("Sophie", "Sofia"),
    "Demi": ("Demi-Leigh", "Demmi"),
    "Aisha": ("Ayesha", "Aysha"),
    "Ayesha": ("Aisha", "Aysha"),
    "Fatima": ("Fatimah", "Fatma"),
    "Zainab": ("Zaynab", "Zeinab"),
    "Khadija": ("Khadijah", "Kadija"),
    "Maryam": ("Mariam", "Miriam"),
    "Yusuf": ("Yousuf", "Yousef", "Joseph"),
    "Ibrahim": ("Ebrahim", "Ibby"),
    "Zayn": ("Zain", "Zane"),
    "Hamza": ("Hamzah",),
    "Usman": ("Osman", "Uthman"),
    "Umar": ("Omar",),
    "Zakariya": ("Zakaria", "Zak", "Zachariah"),
    "Harry": ("Harrison", "Haz"),
    "Joshua": ("Josh",),
    "Callum": ("Calum", "Cal"),
    "Kyle": ("Kye",),
    "Bradley": ("Brad",),
    "Daniel": ("Danny", "Dan"),
    "Matthew": ("Matt", "Matty"),
    "James": ("Jim", "Jimmy", "Jamie"),
    "William": ("Will", "Billy", "Liam"),
    "Nathan": ("Nate", "Nathen"),
    "Samuel": ("Sam", "Sammy"),
    "Thomas": ("Tom", "Tommy"),
    "Jacob": ("Jake", "Jakob"),
    "Alfie": ("Alfred", "Alf"),
    "Freddie": ("Fred", "Frederick", "Freddy"),
    "Reece": ("Rhys", "Reese"),
    "Kieran": ("Keiran", "Kiaran"),
    "Jordan": ("Jordon",),
    "Mason": ("Mace",),
    "Tyler": ("Ty",),
    "Siobhan": ("Shivaun", "Chevonne"),
    "Niamh": ("Neve", "Neave"),
    "Aoife": ("Eva", "Efa"),
    "Sean": ("Shaun", "Shawn"),
    "Ciaran": ("Kieran", "Ciarán"),
    "Wiktoria": ("Victoria", "Viktoria"),
    "Jakub": ("Jacob", "Kuba"),
    "Oliwia": ("Olivia",),
    "Zuzanna": ("Susanna", "Zuza"),
    "Precious": ("Presh",),
    "Oluwaseun": ("Seun",),
    "Temitope": ("Tope", "Temi"),
    "Emmanuel": ("Manny", "Emanuel"),
    "Chiamaka": ("Amaka",),
    "Tanisha": ("Tanesha", "Tish"),
    "Shanice": ("Shaniece", "Shanise"),
    "Aaliyah": ("Aliyah", "Aaliya"),
    "Jayden": ("Jaden", "Jaiden"),
    "Yasmin": ("Yasmine", "Jasmine"),
    "Layla": ("Leila", "Laila"),
    "Abdirahman": ("Abdi", "Abdulrahman"),
    "Sumaiya": ("Sumaya", "Somaiya"),
    "Ruqayyah": ("Ruqaiya", "Rukia"),
}

# Surnames that are written more than one way.
SURNAME_VARIANTS: dict[str, tuple[str, ...]] = {
    "Hussain": ("Hussein", "Husain"),
    "Mahmood": ("Mahmud", "Mehmood"),
    "Rehman": ("Rahman",),
    "Chowdhury": ("Choudhury", "Chaudhry"),
    "Uddin": ("Udin",),
    "O'Brien": ("OBrien", "O Brien"),
    "O'Neill": ("ONeill", "O'Neil"),
    "McDonagh": ("Mcdonagh", "MacDonagh"),
    "Wisniewski": ("Wiśniewski", "Wisnewski"),
    "Wojcik": ("Wójcik",),
    "Clarke": ("Clark",),
    "Lees": ("Lee", "Leese"),
    "Mohamud": ("Mohamed", "Mahamud"),
    "Al-Sayed": ("Alsayed", "El-Sayed"),
    "Al-Amin": ("Alamin",),
    "Kowalski": ("Kowalska",),
}


def given_variant(name: str) -> tuple[str, ...]:
    """Nicknames and spellings recorded for `name` (empty when none are known)."""
    return VARIANTS.get(name, ())


def surname_variant(name: str) -> tuple[str, ...]:
    """Alternative spellings of a surname (empty when none are known)."""
    return SURNAME_VARIANTS.get(name, ())
