/** Text quoted in a message, “…”, its own double quotes made single as Chinese nests them: “2024年‘质量月’活动口号”. */
export const quoted = (text: string) => `“${text.replace(/“/g, '‘').replace(/”/g, '’')}”`;
